using ItdOrleans.Core.Network;
using ItdOrleans.Core.Optimisers;
using ItdOrleans.Core.Rules;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Core.Tests.Reference;

/// <summary>
/// The rules and activations that the reference vectors leave out, each against a plain float64
/// network: backpropagation with every activation and initialisation, and direct feedback alignment.
/// </summary>
public sealed class PlainReferenceTests
{
    private const double Tolerance = 1e-4;
    private const int Rows = 4;
    private static readonly int[] Sizes = [6, 5, 4, 3];
    private static readonly byte[] Labels = [0, 2, 1, 2];

    [Theory]
    [InlineData("tanh", "paper")]
    [InlineData("sigmoid", "xavier")]
    [InlineData("relu", "he")]
    public void BackpropagationMatchesAPlainNetwork(string activation, string initialisation)
    {
        var (step, input) = Step("vbp", activation, initialisation);
        var plain = new PlainNetwork(Sizes, Widen(step.Network.Weights), activation);

        var expected = plain.BackpropGradients(input, Labels);
        step.Run();

        AssertGradients(expected, step.Buffers.WeightGradients, $"vbp/{activation}");
    }

    [Fact]
    public void DirectFeedbackAlignmentMatchesAPlainNetwork()
    {
        var (step, input) = Step("dfa", "tanh", "paper");
        var plain = new PlainNetwork(Sizes, Widen(step.Network.Weights), "tanh");

        var expected = plain.DirectFeedbackGradients(input, Labels, Widen(step.Feedback.Direct));
        step.Run();

        AssertGradients(expected, step.Buffers.WeightGradients, "dfa");
    }

    private static (TrainingStep Step, double[] Input) Step(string rule, string activation, string initialisation)
    {
        var network = Mlp.Create(Sizes, Activations.Create(activation), initialisation, RandomStream.Create(5, 1));
        var learningRule = LearningRules.Create(rule, Sizes, Rows);
        var feedback = FeedbackMatrices.Create(Sizes, learningRule.Feedback, initialisation, RandomStream.Create(5, 2));
        var step = new TrainingStep(network, feedback, learningRule, new SgdOptimiser(0.1f), Rows);

        var random = new Random(3);
        var input = Enumerable.Range(0, Rows * Sizes[0]).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        step.Input.UseDense(input, Labels);
        return (step, input.Select(x => (double)x).ToArray());
    }

    private static double[][] Widen(float[][] matrices) =>
        [.. matrices.Select(m => m.Select(x => (double)x).ToArray())];

    private static void AssertGradients(double[][] expected, float[][] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var l = 0; l < expected.Length; l++)
        {
            Assert.Contains(expected[l], g => Math.Abs(g) > 1e-3);
            Close.All(expected[l], actual[l], Tolerance, $"{what} grad_W[{l}]");
        }
    }
}
