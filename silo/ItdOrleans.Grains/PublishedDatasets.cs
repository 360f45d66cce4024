using ItdOrleans.Core.Data;
using Microsoft.Extensions.Options;
using Orleans.Runtime.MembershipService.SiloMetadata;

namespace ItdOrleans.Grains;

/// <summary>
/// The datasets every silo publishes in its silo metadata: those whose files it found at start-up.
/// Trials are placed on silos that publish their dataset, so that a silo without the data takes none
/// of them; a sweep is refused only when no silo has its data.
/// </summary>
public sealed class PublishedDatasets(
    ISiloMetadataCache metadata,
    IClusterMembershipService membership,
    ILocalSiloDetails localSilo,
    IOptions<ItdOptions> options)
{
    /// <summary>The silo metadata key whose value lists the silo's datasets, separated by spaces.</summary>
    public const string MetadataKey = "itd.datasets";

    /// <summary>
    /// The request context key that names the dataset of a call that may place a trial, read by
    /// <see cref="SlotWeightedPlacementDirector"/>.
    /// </summary>
    public const string RequestKey = "itd.dataset";

    private readonly Lazy<string> _local = new(() => Listed(options.Value));

    /// <summary>The metadata of a silo with these settings.</summary>
    public static Dictionary<string, string> Metadata(ItdOptions settings) => new() { [MetadataKey] = Listed(settings) };

    /// <summary>
    /// Whether <paramref name="silo"/> may hold the dataset: it published it, or it published nothing
    /// yet, so that a silo whose metadata has not arrived is not passed over.
    /// </summary>
    public bool MayHold(SiloAddress silo, string dataset) =>
        Published(silo) is not { } listed || Lists(listed, dataset);

    /// <summary>Whether an active silo other than this one published the dataset.</summary>
    public bool AnotherSiloHolds(string dataset) =>
        membership.CurrentSnapshot.Members.Values
            .Where(member => member.Status == SiloStatus.Active && !member.SiloAddress.Equals(localSilo.SiloAddress))
            .Any(member => Published(member.SiloAddress) is { } listed && Lists(listed, dataset));

    private string? Published(SiloAddress silo) => silo.Equals(localSilo.SiloAddress)
        ? _local.Value
        : metadata.GetSiloMetadata(silo).Metadata.GetValueOrDefault(MetadataKey);

    private static bool Lists(string listed, string dataset) =>
        listed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(dataset.Trim(), StringComparer.OrdinalIgnoreCase);

    private static string Listed(ItdOptions settings) =>
        string.Join(' ', DatasetCatalog.Names.Where(name => DatasetCatalog.IsAtHand(name, DatasetProvider.OptionsFor(settings, name))));
}
