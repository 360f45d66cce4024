using Xunit.Abstractions;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Core.Tests;

[Trait("Category", "Slow")]
public sealed class MnistLearningTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("vbp", 0.85)]
    [InlineData("fba", 0.60)]
    [InlineData("itd", 0.60)]
    public void PaperNetworkLearnsMnist(string rule, double minimumAccuracy)
    {
        var spec = new TrainingSpec
        {
            Rule = rule,
            LearningRate = 1e-2,
            MinibatchSize = 100,
            Iterations = 2_000,
            EvaluationInterval = 1_000,
            Seed = 1,
        };
        var trainer = Trainer.Create(spec, TrainingData.Mnist);
        trainer.Run(spec.Iterations);

        var result = trainer.Result();
        output.WriteLine(
            $"{rule}: {result.FinalTestAccuracy:P2} test accuracy after {result.IterationsDone} iterations");
        Assert.Equal(TrainingStatus.Finished, result.Status);
        Assert.True(
            result.FinalTestAccuracy >= minimumAccuracy,
            $"{rule} reached {result.FinalTestAccuracy:P2} test accuracy, below {minimumAccuracy:P0}");
    }

    [Fact]
    public void SparseMnistRowsAreAboutOneFifthNonZero()
    {
        var train = TrainingData.Mnist.Train;
        var fraction = (double)train.Values.Length / ((long)train.Count * train.Features);
        Assert.InRange(fraction, 0.15, 0.23);
        Assert.Equal(55_000, train.Count);
    }
}
