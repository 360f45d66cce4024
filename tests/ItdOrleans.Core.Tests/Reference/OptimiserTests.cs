using ItdOrleans.Core.Optimisers;

namespace ItdOrleans.Core.Tests.Reference;

/// <summary>The optimisers' updates against their formulas, written out in float64.</summary>
public sealed class OptimiserTests
{
    private const int Steps = 50;
    private static readonly float[] Start = [0.5f, -0.3f, 0.1f, 2f];

    [Fact]
    public void MomentumFollowsItsFormula()
    {
        const double rate = 0.05, momentum = 0.9;
        var optimiser = new MomentumOptimiser((float)rate, (float)momentum, [Start.Length]);
        var expected = Start.Select(x => (double)x).ToArray();
        var velocity = new double[Start.Length];

        var actual = Train(optimiser, (g, i, _) =>
        {
            velocity[i] = momentum * velocity[i] + g;
            expected[i] -= rate * velocity[i];
        });

        Close.All(expected, actual, 1e-5, "momentum");
    }

    [Fact]
    public void AdamFollowsItsBiasCorrectedFormula()
    {
        const double rate = 0.01, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;
        var optimiser = new AdamOptimiser((float)rate, beta1, beta2, [Start.Length]);
        var expected = Start.Select(x => (double)x).ToArray();
        var first = new double[Start.Length];
        var second = new double[Start.Length];

        var actual = Train(optimiser, (g, i, t) =>
        {
            first[i] = beta1 * first[i] + (1 - beta1) * g;
            second[i] = beta2 * second[i] + (1 - beta2) * g * g;
            var stepSize = rate * Math.Sqrt(1 - Math.Pow(beta2, t)) / (1 - Math.Pow(beta1, t));
            expected[i] -= stepSize * first[i] / (Math.Sqrt(second[i]) + epsilon);
        });

        Close.All(expected, actual, 1e-5, "adam");
    }

    [Fact]
    public void SgdStepsAgainstTheGradient()
    {
        const double rate = 0.1;
        var expected = Start.Select(x => (double)x).ToArray();

        var actual = Train(new SgdOptimiser((float)rate), (g, i, _) => expected[i] -= rate * g);

        Close.All(expected, actual, 1e-5, "sgd");
    }

    // Runs the optimiser on fixed pseudo-random gradients, calling the formula with each (g, index, step).
    private static float[] Train(IOptimiser optimiser, Action<double, int, int> formula)
    {
        var parameters = (float[])Start.Clone();
        var random = new Random(1);
        for (var t = 1; t <= Steps; t++)
        {
            var gradient = Enumerable.Range(0, Start.Length).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            optimiser.BeginStep();
            optimiser.Update(0, parameters, gradient);
            for (var i = 0; i < gradient.Length; i++)
            {
                formula(gradient[i], i, t);
            }
        }

        return parameters;
    }
}
