using ItdOrleans.Core.Network;
using ItdOrleans.Core.Optimisers;
using ItdOrleans.Core.Rules;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Core.Tests;

public sealed class RuleVectorTests
{
    private const double Tolerance = 1e-4;
    private static readonly ReferenceVectors Reference = ReferenceVectors.Load();

    [Theory]
    [InlineData("vbp")]
    [InlineData("fba")]
    [InlineData("itd")]
    [InlineData("itd-mul")]
    public void TwoStepsMatchTheReference(string rule)
    {
        var step = BuildStep(rule);
        var expectedSteps = Reference.Root.GetProperty("rules").GetProperty(rule).EnumerateArray().ToArray();
        var minibatches = Reference.Root.GetProperty("x").EnumerateArray().ToArray();
        var labels = Reference.Root.GetProperty("y").EnumerateArray().ToArray();
        Assert.Equal(2, expectedSteps.Length);

        for (var s = 0; s < expectedSteps.Length; s++)
        {
            var batchLabels = labels[s].EnumerateArray().Select(e => (byte)e.GetInt32()).ToArray();
            step.Input.UseDense(ReferenceVectors.Flatten(minibatches[s]), batchLabels);
            var (loss, _) = step.Run();

            var expected = expectedSteps[s];
            Close.Equal(expected.GetProperty("loss").GetDouble(), loss, Tolerance, $"{rule} step {s} loss");
            CompareLayers(expected.GetProperty("grad_W"), step.Buffers.WeightGradients, $"{rule} step {s} grad_W");
            CompareLayers(expected.GetProperty("grad_b"), step.Buffers.BiasGradients, $"{rule} step {s} grad_b");
            CompareLayers(expected.GetProperty("W_after"), step.Network.Weights, $"{rule} step {s} W_after");
            CompareLayers(expected.GetProperty("b_after"), step.Network.Biases, $"{rule} step {s} b_after");
        }
    }

    [Fact]
    public void TheTemporalDifferenceRulesDifferFromFeedbackAlignment()
    {
        var fba = Reference.Root.GetProperty("rules").GetProperty("fba")[1].GetProperty("grad_W")[0];
        var itd = Reference.Root.GetProperty("rules").GetProperty("itd")[1].GetProperty("grad_W")[0];
        Assert.NotEqual(ReferenceVectors.FlattenExact(fba), ReferenceVectors.FlattenExact(itd));
    }

    private static TrainingStep BuildStep(string rule)
    {
        var sizes = Reference.Sizes;
        var weights = ReferenceVectors.Layers(Reference.Root.GetProperty("W"));
        var biases = ReferenceVectors.Layers(Reference.Root.GetProperty("b"));
        var feedback = new FeedbackMatrices(sizes, ReferenceVectors.Layers(Reference.Root.GetProperty("B")), []);
        var network = new Mlp(sizes, weights, biases, new TanhActivation());
        var batch = Reference.Root.GetProperty("batch").GetInt32();
        var learningRule = LearningRules.Create(rule, sizes, batch);
        return new TrainingStep(network, feedback, learningRule, new SgdOptimiser(Reference.LearningRate), batch);
    }

    private static void CompareLayers(System.Text.Json.JsonElement expected, float[][] actual, string what)
    {
        var layers = expected.EnumerateArray().ToArray();
        Assert.Equal(layers.Length, actual.Length);
        for (var l = 0; l < layers.Length; l++)
        {
            Close.All(ReferenceVectors.FlattenExact(layers[l]), actual[l], Tolerance, $"{what}[{l}]");
        }
    }
}
