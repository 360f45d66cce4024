using ItdOrleans.Core.Data;
using ItdOrleans.Core.Rules;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Core.Tests;

public sealed class TrainerTests
{
    private static readonly TrainingSpec Small = new()
    {
        Dataset = "synthetic",
        HiddenWidth = 16,
        HiddenLayers = 2,
        LearningRate = 0.05,
        MinibatchSize = 20,
        Iterations = 300,
        EvaluationInterval = 100,
        Seed = 11,
    };

    public static TheoryData<string> Rules => [.. LearningRules.Names];

    public static TheoryData<string, string, string> EveryActivationOptimiserAndRule()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var activation in new[] { "tanh", "relu", "sigmoid" })
        {
            foreach (var optimiser in new[] { "sgd", "adam" })
            {
                foreach (var rule in LearningRules.Names)
                {
                    cases.Add(activation, optimiser, rule);
                }
            }
        }

        return cases;
    }

    private static byte[] StraightRun(TrainingSpec spec)
    {
        var trainer = Trainer.Create(spec, TrainingData.SmallSynthetic);
        trainer.Run(spec.Iterations);
        return trainer.SaveState();
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ConcurrentRunsEqualALoneRunBitForBit(string rule)
    {
        var spec = Small with { Rule = rule };
        var alone = StraightRun(spec);
        var concurrent = new byte[4][];
        var threads = Enumerable.Range(0, concurrent.Length)
            .Select(i => new Thread(() => concurrent[i] = StraightRun(spec)))
            .ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.All(concurrent, state => Assert.Equal(alone, state));
    }

    [Theory]
    [InlineData("itd", "sgd", false)]
    [InlineData("itd-mul", "momentum", true)]
    [InlineData("vbp", "adam", true)]
    [InlineData("dfa", "sgd", false)]
    public void RestoredRunEndsIdenticalToAStraightRun(string rule, string optimiser, bool shuffling)
    {
        var spec = Small with { Rule = rule, Optimiser = optimiser, EpochShuffling = shuffling, LearningRate = 0.01 };
        var straight = Trainer.Create(spec, TrainingData.SmallSynthetic);
        straight.Run(spec.Iterations);

        var first = Trainer.Create(spec, TrainingData.SmallSynthetic);
        Assert.Equal(137, first.Run(137));
        var resumed = Trainer.Restore(first.SaveState(), TrainingData.SmallSynthetic);
        Assert.Equal(137, resumed.Iteration);
        Assert.Equal(spec, resumed.Spec);
        resumed.Run(spec.Iterations);

        Assert.Equal(TrainingStatus.Finished, resumed.Status);
        Assert.Equal(straight.SaveState(), resumed.SaveState());
        Assert.Equal(straight.Curve, resumed.Curve);
    }

    [Fact]
    public void DifferentSeedsGiveDifferentRuns()
    {
        Assert.NotEqual(StraightRun(Small), StraightRun(Small with { Seed = 12 }));
    }

    [Fact]
    public void RunEvaluatesOnScheduleAndFinishes()
    {
        var spec = Small with { Iterations = 250 };
        var trainer = Trainer.Create(spec, TrainingData.SmallSynthetic);
        Assert.Equal(120, trainer.Run(120));
        Assert.Equal(TrainingStatus.Running, trainer.Status);
        Assert.Equal(130, trainer.Run(1_000));
        Assert.Equal(0, trainer.Run(10));

        Assert.Equal(TrainingStatus.Finished, trainer.Status);
        Assert.Equal([100, 200, 250], trainer.Curve.Select(p => p.Iteration));
        var result = trainer.Result();
        Assert.Equal(250, result.IterationsDone);
        Assert.Equal(trainer.Curve[^1].TestAccuracy, result.FinalTestAccuracy);
        Assert.Equal(trainer.Curve.Max(p => p.ValidationAccuracy), result.BestValidationAccuracy);
        Assert.True(result.FinalTestAccuracy > 0.5f, $"synthetic test accuracy {result.FinalTestAccuracy}");
    }

    [Fact]
    public void CancelledRunDoesNothing()
    {
        var trainer = Trainer.Create(Small, TrainingData.SmallSynthetic);
        Assert.Equal(0, trainer.Run(50, new CancellationToken(canceled: true)));
        Assert.Equal(0, trainer.Iteration);
    }

    [Theory]
    [InlineData("tanh")]
    [InlineData("relu")]
    public void HugeLearningRateDivergesQuickly(string activation)
    {
        var spec = Small with { Activation = activation, LearningRate = 1e30, Iterations = 100_000 };
        var trainer = Trainer.Create(spec, TrainingData.SmallSynthetic);
        var done = trainer.Run(spec.Iterations);

        Assert.Equal(TrainingStatus.Diverged, trainer.Status);
        Assert.True(done < 100, $"diverged only after {done} iterations");
        Assert.Equal(0, trainer.Run(10));
        Assert.Equal(TrainingStatus.Diverged, Trainer.Restore(trainer.SaveState(), TrainingData.SmallSynthetic).Status);
    }

    // The softmax cross-entropy stays finite long after such weights blow up: the loss bound catches them.
    [Theory]
    [MemberData(nameof(EveryActivationOptimiserAndRule))]
    public void LearningRateOfAThousandDivergesWithinAFewIterations(string activation, string optimiser, string rule)
    {
        var spec = Small with
        {
            Activation = activation, Optimiser = optimiser, Rule = rule, LearningRate = 1e3, Iterations = 10_000,
        };
        var trainer = Trainer.Create(spec, TrainingData.SmallSynthetic);
        var done = trainer.Run(spec.Iterations);

        Assert.Equal(TrainingStatus.Diverged, trainer.Status);
        Assert.True(done <= 10, $"diverged only after {done} iterations");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void LearningRunStaysFarBelowTheDivergenceBound(string rule)
    {
        var spec = Small with { Rule = rule, EvaluationInterval = 10 };
        var trainer = Trainer.Create(spec, TrainingData.SmallSynthetic);
        trainer.Run(spec.Iterations);

        Assert.Equal(TrainingStatus.Finished, trainer.Status);
        Assert.All(trainer.Curve, point => Assert.InRange(point.TrainLoss, 0f, 5f));
    }

    [Fact]
    public void ParametersThatAreNoLongerFiniteMarkTheRunDivergedAtItsNextEvaluation()
    {
        // relu turns a NaN input into 0, so a NaN first-layer weight leaves every loss finite.
        var spec = Small with { Activation = "relu" };
        var trainer = Trainer.Create(spec, TrainingData.SmallSynthetic);
        trainer.Run(50);
        NetworkOf(trainer).Weights[0][0] = float.NaN;

        Assert.Equal(50, trainer.Run(spec.Iterations));
        Assert.Equal(TrainingStatus.Diverged, trainer.Status);
        Assert.Equal(100, trainer.Iteration);
        Assert.Empty(trainer.Curve);
    }

    [Fact]
    public void CorruptForeignOrTruncatedStateIsRejectedClearly()
    {
        var trainer = Trainer.Create(Small, TrainingData.SmallSynthetic);
        trainer.Run(10);
        var state = trainer.SaveState();

        var flipped = (byte[])state.Clone();
        flipped[state.Length / 2] ^= 0x40;
        Assert.Contains("checksum", Assert.Throws<InvalidDataException>(
            () => Trainer.Restore(flipped, TrainingData.SmallSynthetic)).Message);
        Assert.Contains("ITDTRAIN", Assert.Throws<InvalidDataException>(
            () => Trainer.Restore("hello, not a state"u8, TrainingData.SmallSynthetic)).Message);
        Assert.Throws<InvalidDataException>(
            () => Trainer.Restore(state.AsSpan(0, state.Length - 9), TrainingData.SmallSynthetic));

        // Same name and sizes, other pixels: another copy of the dataset.
        var otherCopy = TrainingData.Synthetic(1_200, 200, 64, 8);
        Assert.Contains("data fingerprint", Assert.Throws<InvalidDataException>(
            () => Trainer.Restore(state, otherCopy)).Message);
    }

    [Fact]
    public void BadSpecificationNamesTheField()
    {
        var data = TrainingData.SmallSynthetic;
        Assert.Contains("rule 'sgd'", Assert.Throws<ArgumentException>(
            () => Trainer.Create(Small with { Rule = "sgd" }, data)).Message);
        Assert.Contains("dataset is 'mnist'", Assert.Throws<ArgumentException>(
            () => Trainer.Create(Small with { Dataset = "mnist" }, data)).Message);
        Assert.Contains("minibatchSize is 0", Assert.Throws<ArgumentException>(
            () => Trainer.Create(Small with { MinibatchSize = 0 }, data)).Message);
        Assert.Contains("minibatchSize is 961", Assert.Throws<ArgumentException>(
            () => Trainer.Create(Small with { MinibatchSize = data.Train.Count + 1 }, data)).Message);
        Assert.Contains("activation 'gelu'", Assert.Throws<ArgumentException>(
            () => Trainer.Create(Small with { Activation = "gelu" }, data)).Message);
    }

    [Fact]
    public void EpochShufflingVisitsEveryImageOncePerPass()
    {
        var sampler = new MinibatchSampler(100, 20, shuffling: true, RandomStream.Create(1, 3));
        var seen = new List<int>();
        var batch = new int[20];
        for (var i = 0; i < 5; i++)
        {
            sampler.Next(batch);
            seen.AddRange(batch);
        }

        Assert.Equal(Enumerable.Range(0, 100), seen.Order());
    }

    [Fact]
    public void RandomMinibatchesHoldDistinctImages()
    {
        var sampler = new MinibatchSampler(30, 25, shuffling: false, RandomStream.Create(1, 3));
        var batch = new int[25];
        for (var i = 0; i < 50; i++)
        {
            sampler.Next(batch);
            Assert.Equal(25, batch.Distinct().Count());
            Assert.All(batch, index => Assert.InRange(index, 0, 29));
        }
    }

    private static Network.Mlp NetworkOf(Trainer trainer) => trainer.Network;
}
