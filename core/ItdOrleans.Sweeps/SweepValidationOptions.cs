namespace ItdOrleans.Sweeps;

/// <summary>Limits and outside checks applied by <see cref="SweepValidator"/>.</summary>
public sealed record SweepValidationOptions
{
    /// <summary>The most trials a sweep may have.</summary>
    public int MaxTrials { get; init; } = 10_000;

    /// <summary>
    /// Checks that a known dataset can be used here (its files are present, for instance): returns a
    /// problem to report, or null when the dataset is usable. Left null, no such check is made.
    /// </summary>
    public Func<string, string?>? CheckDataset { get; init; }
}
