using ItdOrleans.Core.Kernels;
using ItdOrleans.Core.Network;

namespace ItdOrleans.Core.Rules;

/// <summary>
/// dfa, direct feedback alignment: every hidden layer receives the output error straight
/// through its own fixed random matrix D[l] (classes x width), times the activation's
/// derivative; no error travels from layer to layer.
/// </summary>
internal sealed class DirectFeedbackAlignment : ILearningRule
{
    public string Name => "dfa";

    public FeedbackKind Feedback => FeedbackKind.Direct;

    public void Backward(Mlp network, FeedbackMatrices feedback, MinibatchInput input, NetworkBuffers buffers)
    {
        var rows = input.Rows;
        var last = network.LayerCount - 1;
        var error = buffers.OutputError.AsSpan(0, rows * network.Classes);
        network.Gradients(last, input, buffers, error);
        for (var layer = last - 1; layer >= 0; layer--)
        {
            var width = network.Sizes[layer + 1];
            var delta = buffers.Deltas[layer].AsSpan(0, rows * width);
            DenseKernels.Multiply(error, rows, network.Classes, feedback.Direct[layer], width, delta);
            network.Activation.MultiplyByDerivative(buffers.Hidden[layer + 1].AsSpan(0, delta.Length), delta);
            network.Gradients(layer, input, buffers, delta);
        }
    }

    public void WriteState(BinaryWriter writer)
    {
    }

    public void ReadState(BinaryReader reader)
    {
    }
}
