using Orleans.Runtime.MembershipService.SiloMetadata;

namespace ItdOrleans.Grains;

/// <summary>The silo metadata the other silos publish, and which silos are active, as this silo has learnt them.</summary>
public sealed class PublishedMetadata(
    ISiloMetadataCache metadata, IClusterMembershipService membership, ILocalSiloDetails localSilo)
{
    /// <summary>Whether <paramref name="silo"/> is this one, whose own settings answer for it.</summary>
    public bool IsLocal(SiloAddress silo) => silo.Equals(localSilo.SiloAddress);

    /// <summary>The value <paramref name="silo"/> publishes under <paramref name="key"/>; null until it arrives.</summary>
    public string? Of(SiloAddress silo, string key) => metadata.GetSiloMetadata(silo).Metadata.GetValueOrDefault(key);

    /// <summary>The silos active in the latest membership snapshot.</summary>
    public IEnumerable<SiloAddress> ActiveSilos() =>
        membership.CurrentSnapshot.Members.Values
            .Where(member => member.Status == SiloStatus.Active)
            .Select(member => member.SiloAddress);
}
