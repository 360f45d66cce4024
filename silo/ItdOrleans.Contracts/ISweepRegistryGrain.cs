namespace ItdOrleans.Contracts;

/// <summary>
/// The cluster's list of sweeps, one grain at key <see cref="Key"/>; sweeps report themselves
/// when they start and end.
/// </summary>
[Alias("itd.sweep-registry")]
public interface ISweepRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>The key of the one registry grain.</summary>
    const long Key = 0;

    /// <summary>Adds a sweep or replaces its summary.</summary>
    [Alias("record")]
    Task Record(SweepSummary summary);

    /// <summary>Every sweep known, most recently started first.</summary>
    [Alias("list")]
    Task<IReadOnlyList<SweepSummary>> List();
}
