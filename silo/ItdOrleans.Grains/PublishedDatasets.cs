using ItdOrleans.Core.Data;

namespace ItdOrleans.Grains;

/// <summary>
/// The datasets every silo publishes in its silo metadata: those whose files it found at start-up.
/// Trials are placed on silos that publish their dataset, so that a silo without the data takes none
/// of them; a sweep is refused only when no silo has its data.
/// </summary>
public sealed class PublishedDatasets(PublishedMetadata published, PublishedDatasets.AtHand local)
{
    /// <summary>The silo metadata key whose value lists the silo's datasets, separated by spaces.</summary>
    public const string MetadataKey = "itd.datasets";

    /// <summary>
    /// The request context key that names the dataset of a call that may place a trial, read by
    /// <see cref="SlotWeightedPlacementDirector"/>.
    /// </summary>
    public const string RequestKey = "itd.dataset";

    /// <summary>The metadata of a silo that found these datasets.</summary>
    public static Dictionary<string, string> Metadata(AtHand datasets) => new() { [MetadataKey] = datasets.Listed };

    /// <summary>
    /// Whether <paramref name="silo"/> may hold the dataset: it published it, or it published nothing
    /// yet, so that a silo whose metadata has not arrived is not passed over.
    /// </summary>
    public bool MayHold(SiloAddress silo, string dataset) =>
        Published(silo) is not { } listed || Lists(listed, dataset);

    /// <summary>Whether an active silo other than this one published the dataset.</summary>
    public bool AnotherSiloHolds(string dataset) =>
        published.ActiveSilos()
            .Where(silo => !published.IsLocal(silo))
            .Any(silo => Published(silo) is { } listed && Lists(listed, dataset));

    private string? Published(SiloAddress silo) =>
        published.IsLocal(silo) ? local.Listed : published.Of(silo, MetadataKey);

    private static bool Lists(string listed, string dataset) =>
        listed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(dataset.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The datasets this silo found at start-up, looked for once, as its metadata lists them.</summary>
    public sealed record AtHand(string Listed)
    {
        /// <summary>The datasets whose files a silo with these settings finds, without reading them.</summary>
        public static AtHand Of(ItdOptions settings) => new(string.Join(' ', DatasetCatalog.Names
            .Where(name => DatasetCatalog.IsAtHand(name, DatasetProvider.OptionsFor(settings, name)))));
    }
}
