namespace ItdOrleans.Core.Optimisers;

/// <summary>What an optimiser is built from: its hyperparameters and the size of each parameter slot.</summary>
internal sealed record OptimiserSettings(
    double LearningRate, double Momentum, double Beta2, IReadOnlyList<int> SlotSizes);
