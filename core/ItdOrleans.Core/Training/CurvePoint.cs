namespace ItdOrleans.Core.Training;

/// <summary>
/// One point of a learning curve at an iteration: loss and accuracy on that iteration's training
/// minibatch, from its forward pass before the update, and on the whole validation and test
/// splits after it.
/// </summary>
public sealed record CurvePoint(
    int Iteration,
    float TrainLoss,
    float TrainAccuracy,
    float ValidationLoss,
    float ValidationAccuracy,
    float TestLoss,
    float TestAccuracy);
