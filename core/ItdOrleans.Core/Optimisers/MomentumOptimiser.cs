using ItdOrleans.Core.Kernels;

namespace ItdOrleans.Core.Optimisers;

/// <summary>SGD with classical momentum: v = momentum * v + g; p -= rate * v.</summary>
internal sealed class MomentumOptimiser(float learningRate, float momentum, IReadOnlyList<int> slotSizes)
    : IOptimiser
{
    private readonly float[][] _velocity = OptimiserState.Zeros(slotSizes);

    public string Name => "momentum";

    public void BeginStep()
    {
    }

    public void Update(int slot, Span<float> parameters, ReadOnlySpan<float> gradient) =>
        ElementKernels.MomentumStep(parameters, _velocity[slot], gradient, momentum, learningRate);

    public void WriteState(BinaryWriter writer) => OptimiserState.Write(writer, _velocity);

    public void ReadState(BinaryReader reader) => OptimiserState.Read(reader, _velocity);
}
