using ItdOrleans.Core.Training;

namespace ItdOrleans.Sweeps;

/// <summary>
/// One configuration of a sweep summarised over its seeds. Accuracies are fractions in [0, 1];
/// the metrics are taken over finished trials only.
/// </summary>
/// <param name="Configuration">The trials' common specification, with <c>Seed</c> set to 0.</param>
/// <param name="Trials">All trials of the configuration, whatever their status.</param>
/// <param name="FinalTestAccuracy">Final test accuracy over the finished trials.</param>
/// <param name="BestValidationAccuracy">Mean over finished trials of each trial's best validation accuracy.</param>
/// <param name="FinalTestLoss">Mean final test loss over finished trials.</param>
/// <param name="IterationsPerSecond">Mean training speed over finished and diverged trials.</param>
/// <param name="PublishedTestAccuracy">The paper's single-run figure, when the configuration matches one.</param>
public sealed record ComparisonRow(
    TrainingSpec Configuration,
    int Trials,
    int Finished,
    int Failed,
    int Diverged,
    SampleSummary FinalTestAccuracy,
    double BestValidationAccuracy,
    double FinalTestLoss,
    double IterationsPerSecond,
    double? PublishedTestAccuracy);
