namespace ItdOrleans.Sweeps;

/// <summary>
/// Every trial of a sweep, as written to and read from a trials file by <see cref="SweepJson"/>.
/// </summary>
/// <param name="Sweep">The specification the trials came from, when known.</param>
/// <param name="Version">The file format's version; this program writes and reads version 1.</param>
public sealed record SweepTrials(SweepSpec? Sweep, IReadOnlyList<TrialRecord> Trials, int Version = 1);
