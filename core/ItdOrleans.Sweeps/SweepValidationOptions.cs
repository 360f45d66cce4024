namespace ItdOrleans.Sweeps;

/// <summary>Limits and outside checks applied by <see cref="SweepValidator"/>.</summary>
public sealed record SweepValidationOptions
{
    /// <summary>The most trials a sweep may have.</summary>
    public int MaxTrials { get; init; } = 10_000;

    /// <summary>
    /// The most weights and biases a trial's network may have: 50,000,000 take 200 MB in float32, and the
    /// gradients, feedback matrices and optimiser hold as much again several times over.
    /// </summary>
    public long MaxParameters { get; init; } = 50_000_000;

    /// <summary>
    /// Checks that a known dataset can be used here (its files are present, for instance): returns a
    /// problem to report, or null when the dataset is usable. Left null, no such check is made.
    /// </summary>
    public Func<string, string?>? CheckDataset { get; init; }
}
