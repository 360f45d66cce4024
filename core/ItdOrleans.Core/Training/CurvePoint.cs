namespace ItdOrleans.Core.Training;

/// <summary>
/// One point of a learning curve: losses and accuracies after an iteration, on the training
/// minibatch of that iteration and on the whole validation and test splits.
/// </summary>
public sealed record CurvePoint(
    int Iteration,
    float TrainLoss,
    float TrainAccuracy,
    float ValidationLoss,
    float ValidationAccuracy,
    float TestLoss,
    float TestAccuracy);
