using ItdOrleans.Core.Network;
using ItdOrleans.Core.Optimisers;
using ItdOrleans.Core.Rules;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Core.Tests;

public sealed class SparseDenseAgreementTests
{
    [Theory]
    [InlineData("vbp")]
    [InlineData("itd")]
    [InlineData("dfa")]
    public void SparseRowsWithFoldedCentringMatchDenseCentredRows(string rule)
    {
        var data = TrainingData.SmallSynthetic;
        int[] sizes = [data.Train.Features, 32, 32, 10];
        int[] picked = [5, 17, 17, 300, 2, 899, 640, 41];
        var mean = data.TrainMean;
        var dense = KernelTests.DenseRows(data.Train, picked);
        for (var i = 0; i < dense.Length; i++)
        {
            dense[i] -= mean[i % mean.Length];
        }

        var sparse = Step(sizes, rule, picked.Length);
        var centred = Step(sizes, rule, picked.Length);
        picked.CopyTo(sparse.Input.Picked);
        for (var iteration = 0; iteration < 3; iteration++)
        {
            sparse.Input.UsePicked(data.Train, picked.Length, mean);
            centred.Input.UseDense(dense, sparse.Input.Labels.ToArray());
            var (sparseLoss, _) = sparse.Run();
            var (denseLoss, _) = centred.Run();

            Close.Equal(denseLoss, sparseLoss, 1e-5, "loss");
            for (var l = 0; l < sizes.Length - 1; l++)
            {
                Close.All(
                    Array.ConvertAll(centred.Buffers.WeightGradients[l], v => (double)v),
                    sparse.Buffers.WeightGradients[l], 1e-3, $"iteration {iteration} grad_W[{l}]");
                Close.All(
                    Array.ConvertAll(centred.Network.Weights[l], v => (double)v),
                    sparse.Network.Weights[l], 1e-5, $"iteration {iteration} W[{l}]");
            }
        }
    }

    private static TrainingStep Step(int[] sizes, string rule, int rows)
    {
        var network = Mlp.Create(sizes, new TanhActivation(), "paper", RandomStream.Create(3, 1));
        var learningRule = LearningRules.Create(rule, sizes, rows);
        var feedback = FeedbackMatrices.Create(sizes, learningRule.Feedback, "paper", RandomStream.Create(3, 2));
        return new TrainingStep(network, feedback, learningRule, new SgdOptimiser(0.5f), rows);
    }
}
