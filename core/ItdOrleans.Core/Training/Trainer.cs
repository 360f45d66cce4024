using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Training;

/// <summary>
/// Trains one network under one specification, a slice of iterations at a time, and saves
/// and restores its full state so that a run can move between processes.
/// </summary>
public sealed class Trainer
{
    /// <summary>Starts a fresh run.</summary>
    public static Trainer Create(TrainingSpec spec, DatasetSplits data) =>
        throw new NotImplementedException();

    /// <summary>Resumes a run from <see cref="SaveState"/>'s bytes.</summary>
    public static Trainer Restore(ReadOnlySpan<byte> state, DatasetSplits data) =>
        throw new NotImplementedException();

    public TrainingSpec Spec => throw new NotImplementedException();

    /// <summary>Iterations done so far.</summary>
    public int Iteration => throw new NotImplementedException();

    public TrainingStatus Status => throw new NotImplementedException();

    /// <summary>The learning curve so far.</summary>
    public IReadOnlyList<CurvePoint> Curve => throw new NotImplementedException();

    /// <summary>
    /// Trains up to <paramref name="iterations"/> more iterations, evaluating on schedule,
    /// stopping early when the run finishes, diverges or is cancelled between iterations.
    /// </summary>
    /// <returns>Iterations actually done.</returns>
    public int Run(int iterations, CancellationToken cancellation = default) =>
        throw new NotImplementedException();

    /// <summary>The full training state as bytes.</summary>
    public byte[] SaveState() => throw new NotImplementedException();

    /// <summary>The run's outcome so far.</summary>
    public TrainingResult Result() => throw new NotImplementedException();
}
