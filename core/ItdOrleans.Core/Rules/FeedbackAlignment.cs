using ItdOrleans.Core.Network;

namespace ItdOrleans.Core.Rules;

/// <summary>
/// fba, feedback alignment: like backpropagation, except that the error travels down through
/// fixed random matrices B[l] of the weights' shape instead of the weights themselves.
/// </summary>
internal sealed class FeedbackAlignment : LayerwiseRule
{
    public override string Name => "fba";

    protected override void ShapeError(Mlp network, NetworkBuffers buffers, int layer, Span<float> delta) =>
        network.Activation.MultiplyByDerivative(buffers.Hidden[layer + 1].AsSpan(0, delta.Length), delta);
}
