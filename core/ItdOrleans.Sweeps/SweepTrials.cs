namespace ItdOrleans.Sweeps;

/// <summary>
/// Every trial of a sweep, as written to and read from a trials file by <see cref="SweepJson"/>.
/// </summary>
public sealed record SweepTrials
{
    /// <summary>The file format's version; this program writes and reads version 1.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The specification the trials came from, when known.</summary>
    public SweepSpec? Sweep { get; init; }

    public required IReadOnlyList<TrialRecord> Trials { get; init; }
}
