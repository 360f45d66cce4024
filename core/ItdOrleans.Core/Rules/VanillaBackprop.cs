using ItdOrleans.Core.Kernels;
using ItdOrleans.Core.Network;

namespace ItdOrleans.Core.Rules;

/// <summary>
/// vbp, plain error backpropagation: the error travels down through the transposed forward
/// weights (as they were before this iteration's update) and is multiplied at each hidden layer
/// by the activation's derivative.
/// </summary>
internal sealed class VanillaBackprop : LayerwiseRule
{
    public override string Name => "vbp";

    public override FeedbackKind Feedback => FeedbackKind.None;

    protected override float[] FeedbackPathTransposed(
        Mlp network, FeedbackMatrices feedback, NetworkBuffers buffers, int layer)
    {
        DenseKernels.Transpose(
            network.Weights[layer], network.Sizes[layer], network.Sizes[layer + 1], buffers.Transposed[layer]);
        return buffers.Transposed[layer];
    }

    protected override void ShapeError(Mlp network, NetworkBuffers buffers, int layer, Span<float> delta) =>
        network.Activation.MultiplyByDerivative(buffers.Hidden[layer + 1].AsSpan(0, delta.Length), delta);
}
