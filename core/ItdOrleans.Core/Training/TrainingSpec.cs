using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Training;

/// <summary>
/// Everything that determines one training run. Two equal specifications train bit-identical
/// runs on any machine, so a specification (with its seed) names a trial.
/// </summary>
/// <remarks>Only scalars, so that record equality and hashing are by value.</remarks>
public sealed record TrainingSpec
{
    /// <summary>Learning rule: vbp, fba, itd, itd-mul or dfa.</summary>
    public string Rule { get; init; } = "vbp";

    /// <summary>Dataset name: mnist or fashion-mnist.</summary>
    public string Dataset { get; init; } = "mnist";

    /// <summary>Hidden activation: tanh, sigmoid or relu.</summary>
    public string Activation { get; init; } = "tanh";

    /// <summary>Units in each hidden layer.</summary>
    public int HiddenWidth { get; init; } = 32;

    /// <summary>Number of hidden layers; the paper's 784-32-32-32-10 has three.</summary>
    public int HiddenLayers { get; init; } = 3;

    /// <summary>Weight initialisation: paper (U(-1,1)/sqrt(fan_in/2)), xavier or he.</summary>
    public string Initialisation { get; init; } = "paper";

    /// <summary>Optimiser: sgd, momentum or adam.</summary>
    public string Optimiser { get; init; } = "sgd";

    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Momentum coefficient of the momentum optimiser, and Adam's first beta.</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>Adam's second-moment decay.</summary>
    public double Beta2 { get; init; } = 0.999;

    public int MinibatchSize { get; init; } = 50;

    /// <summary>Training iterations, one minibatch each.</summary>
    public int Iterations { get; init; } = 100_000;

    /// <summary>Iterations between evaluations on validation and test.</summary>
    public int EvaluationInterval { get; init; } = 1_000;

    /// <summary>Draw minibatches from a shuffled pass over the data instead of at random.</summary>
    public bool EpochShuffling { get; init; }

    public Centring Centring { get; init; } = Centring.TrainingMean;

    /// <summary>Seeds the weights, the feedback matrices and the minibatch draws.</summary>
    public int Seed { get; init; }
}
