using ItdOrleans.Core.Kernels;
using ItdOrleans.Core.Network;

namespace ItdOrleans.Core.Rules;

/// <summary>
/// The backward pass shared by rules that send the error down layer by layer: at each hidden
/// layer the rule shapes the arriving error, the layer takes its gradients from it, and the
/// error travels on through the rule's feedback path.
/// </summary>
internal abstract class LayerwiseRule : ILearningRule
{
    public abstract string Name { get; }

    public virtual FeedbackKind Feedback => FeedbackKind.Layerwise;

    public void Backward(Mlp network, FeedbackMatrices feedback, MinibatchInput input, NetworkBuffers buffers)
    {
        var rows = input.Rows;
        var last = network.LayerCount - 1;
        BeginBackward(buffers, rows);
        for (var layer = last; layer >= 0; layer--)
        {
            var width = network.Sizes[layer + 1];
            var delta = (layer == last ? buffers.OutputError : buffers.Deltas[layer]).AsSpan(0, rows * width);
            if (layer < last)
            {
                ShapeError(network, buffers, layer, delta);
            }

            network.Gradients(layer, input, buffers, delta);
            if (layer > 0)
            {
                var path = FeedbackPathTransposed(network, feedback, buffers, layer);
                DenseKernels.Multiply(delta, rows, width, path, network.Sizes[layer], buffers.Deltas[layer - 1]);
                Carry(feedback, network.Sizes, layer, rows);
            }
        }

        EndBackward(buffers, rows);
    }

    public virtual void WriteState(BinaryWriter writer)
    {
    }

    public virtual void ReadState(BinaryReader reader)
    {
    }

    /// <summary>The transposed matrix (sizes[l + 1] x sizes[l]) that carries the error below layer l.</summary>
    protected virtual float[] FeedbackPathTransposed(
        Mlp network, FeedbackMatrices feedback, NetworkBuffers buffers, int layer) =>
        feedback.LayerTransposed[layer];

    /// <summary>Replaces the error arriving at hidden layer l's output (rows x sizes[l + 1]), in place.</summary>
    protected abstract void ShapeError(Mlp network, NetworkBuffers buffers, int layer, Span<float> delta);

    /// <summary>Called before the output layer takes its gradients.</summary>
    protected virtual void BeginBackward(NetworkBuffers buffers, int rows)
    {
    }

    /// <summary>Called after the error has travelled below layer l.</summary>
    protected virtual void Carry(FeedbackMatrices feedback, int[] sizes, int layer, int rows)
    {
    }

    /// <summary>Called after the first layer has taken its gradients.</summary>
    protected virtual void EndBackward(NetworkBuffers buffers, int rows)
    {
    }
}
