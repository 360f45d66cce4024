using ItdOrleans.Core.Kernels;

namespace ItdOrleans.Core.Optimisers;

/// <summary>Plain stochastic gradient descent, the paper's optimiser: p -= rate * g.</summary>
internal sealed class SgdOptimiser(float learningRate) : IOptimiser
{
    public string Name => "sgd";

    public void BeginStep()
    {
    }

    public void Update(int slot, Span<float> parameters, ReadOnlySpan<float> gradient) =>
        ElementKernels.SubtractScaled(parameters, learningRate, gradient);

    public void WriteState(BinaryWriter writer)
    {
    }

    public void ReadState(BinaryReader reader)
    {
    }
}
