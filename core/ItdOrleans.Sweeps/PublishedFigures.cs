using ItdOrleans.Core.Training;

namespace ItdOrleans.Sweeps;

/// <summary>
/// The final test accuracies the paper's author published, each from a single run on MNIST with a
/// 784-32-32-32-10 tanh network, paper initialisation and plain SGD.
/// </summary>
public static class PublishedFigures
{
    private static readonly (string Rule, int Iterations, double LearningRate, int Minibatch, double Accuracy)[]
        Figures =
        [
            ("vbp", 5_000, 1e-2, 100, 0.9150),
            ("fba", 5_000, 1e-2, 100, 0.8758),
            ("itd", 5_000, 1e-2, 100, 0.8328),
            ("vbp", 100_000, 1e-3, 50, 0.9372),
            ("fba", 100_000, 1e-3, 50, 0.8969),
            ("itd-mul", 100_000, 1e-3, 50, 0.5261),
        ];

    /// <summary>
    /// The published final test accuracy (a fraction) for a configuration that matches one exactly
    /// in dataset, network, activation, initialisation, optimiser, rule, iterations, learning rate and
    /// minibatch size; null otherwise. Seed, centring, epoch shuffling and evaluation interval are not compared.
    /// </summary>
    public static double? TestAccuracy(TrainingSpec configuration)
    {
        var paperSetting = configuration is
        {
            Dataset: "mnist", HiddenWidth: 32, HiddenLayers: 3, Activation: "tanh",
            Initialisation: "paper", Optimiser: "sgd",
        };
        if (!paperSetting)
        {
            return null;
        }

        foreach (var figure in Figures)
        {
            if (figure.Rule == configuration.Rule && figure.Iterations == configuration.Iterations
                && figure.LearningRate == configuration.LearningRate && figure.Minibatch == configuration.MinibatchSize)
            {
                return figure.Accuracy;
            }
        }

        return null;
    }
}
