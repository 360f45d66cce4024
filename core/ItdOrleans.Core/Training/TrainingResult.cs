namespace ItdOrleans.Core.Training;

/// <summary>The outcome of a training run: its final metrics and its learning curve.</summary>
public sealed record TrainingResult(
    TrainingSpec Spec,
    TrainingStatus Status,
    int IterationsDone,
    float FinalTestAccuracy,
    float FinalTestLoss,
    float BestValidationAccuracy,
    IReadOnlyList<CurvePoint> Curve);
