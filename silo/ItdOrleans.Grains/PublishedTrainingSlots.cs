using System.Globalization;

namespace ItdOrleans.Grains;

/// <summary>
/// The training slots every silo publishes in its silo metadata, as this silo has learnt them;
/// they weigh the placement of trials and size a sweep's default concurrency.
/// </summary>
public sealed class PublishedTrainingSlots(PublishedMetadata published, TrainingSlots localSlots)
{
    /// <summary>The silo metadata key whose value is the silo's training slots.</summary>
    public const string MetadataKey = "itd.training-slots";

    /// <summary>The slots assumed of a silo whose metadata has not arrived yet.</summary>
    public const int Unknown = 1;

    /// <summary>The metadata a silo with <paramref name="slots"/> training slots publishes.</summary>
    public static Dictionary<string, string> Metadata(int slots) =>
        new() { [MetadataKey] = slots.ToString(CultureInfo.InvariantCulture) };

    /// <summary>The training slots <paramref name="silo"/> publishes, or <see cref="Unknown"/>.</summary>
    public int Of(SiloAddress silo)
    {
        if (published.IsLocal(silo))
        {
            return localSlots.Count;
        }

        return int.TryParse(published.Of(silo, MetadataKey), NumberStyles.None, CultureInfo.InvariantCulture, out var slots)
            && slots > 0
            ? slots
            : Unknown;
    }

    /// <summary>The training slots of all active silos together.</summary>
    public int OfActiveSilos()
    {
        var total = published.ActiveSilos().Sum(Of);

        // This silo counts even before its own membership snapshot shows it active.
        return Math.Max(total, localSlots.Count);
    }
}
