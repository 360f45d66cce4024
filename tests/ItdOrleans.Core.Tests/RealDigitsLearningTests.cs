using ItdOrleans.Core.Tests.Data;
using ItdOrleans.Core.Training;
using Xunit.Abstractions;

namespace ItdOrleans.Core.Tests;

/// <summary>The paper's network learns the real digits, to a threshold set for each dataset.</summary>
[Trait("Category", "Slow")]
public sealed class RealDigitsLearningTests : IClassFixture<RealDigitsFixture>
{
    private readonly RealDigitsFixture _digits;
    private readonly ITestOutputHelper _output;

    public RealDigitsLearningTests(RealDigitsFixture digits, ITestOutputHelper output)
    {
        _digits = digits;
        _output = output;
        output.WriteLine(digits.Digits.ToString());
    }

    // Seed 1 reaches, on MNIST, vbp 89.1%, fba 80.2%, itd 77.4%; on Fashion-MNIST, vbp 78.0%, fba 71.4%,
    // itd 64.8%. Over seeds 1 to 5 the lowest are 88.6%, 75.8%, 70.4% and 78.0%, 68.3%, 63.9%.
    [Theory]
    [InlineData("vbp", 0.85, 0.74)]
    [InlineData("fba", 0.60, 0.60)]
    [InlineData("itd", 0.60, 0.55)]
    public void PaperNetworkLearnsTheRealDigits(string rule, double onMnist, double onFashionMnist)
    {
        var spec = new TrainingSpec
        {
            Rule = rule,
            Dataset = _digits.Digits.Name,
            LearningRate = 1e-2,
            MinibatchSize = 100,
            Iterations = 2_000,
            EvaluationInterval = 1_000,
            Seed = 1,
        };
        var minimumAccuracy = _digits.Digits.IsMnist ? onMnist : onFashionMnist;
        var trainer = Trainer.Create(spec, _digits.Splits);
        trainer.Run(spec.Iterations);

        var result = trainer.Result();
        _output.WriteLine(
            $"{rule}: {result.FinalTestAccuracy:P2} test accuracy on {_digits.Digits.Title} after "
            + $"{result.IterationsDone} iterations; the threshold is {minimumAccuracy:P0}");
        Assert.Equal(TrainingStatus.Finished, result.Status);
        Assert.True(
            result.FinalTestAccuracy >= minimumAccuracy,
            $"{rule} reached {result.FinalTestAccuracy:P2} test accuracy on {_digits.Digits.Title}, "
            + $"below {minimumAccuracy:P0}");
    }

    [Fact]
    public void SparseRowsHoldTheDatasetsShareOfNonZeroPixels()
    {
        var train = _digits.Splits.Train;
        var fraction = (double)train.Values.Length / ((long)train.Count * train.Features);

        _output.WriteLine($"{fraction:P1} of the pixels of {_digits.Digits.Title}'s training images are non-zero");
        var (low, high) = _digits.Digits.IsMnist ? (0.15, 0.23) : (0.45, 0.55);
        Assert.InRange(fraction, low, high);
        Assert.Equal(55_000, train.Count);
    }
}
