using ItdOrleans.Core.Data;
using ItdOrleans.Core.Network;

namespace ItdOrleans.Core.Training;

/// <summary>Mean loss and accuracy of a network on a whole image set, in chunks of rows.</summary>
internal sealed class Evaluator
{
    private const int ChunkRows = 500;
    private readonly Mlp _network;
    private readonly MinibatchInput _input;
    private readonly NetworkBuffers _buffers;

    public Evaluator(Mlp network)
    {
        _network = network;
        _input = new MinibatchInput(ChunkRows, network.Sizes[0]);
        _buffers = new NetworkBuffers(network.Sizes, ChunkRows, withGradients: false);
    }

    /// <summary>Mean loss and fraction correct over every image of the set, centred by the mean.</summary>
    public (float Loss, float Accuracy) Evaluate(ImageSet set, float[] mean)
    {
        var lossSum = 0.0;
        var correct = 0L;
        var classes = _network.Classes;
        for (var start = 0; start < set.Count; start += ChunkRows)
        {
            var count = Math.Min(ChunkRows, set.Count - start);
            _input.UseRange(set, start, count, mean);
            _network.Forward(_input, _buffers);
            var (chunkLoss, chunkCorrect) = SoftmaxCrossEntropy.Evaluate(
                _buffers.Logits.AsSpan(0, count * classes), classes, _input.Labels, Span<float>.Empty);
            lossSum += chunkLoss;
            correct += chunkCorrect;
        }

        return ((float)(lossSum / set.Count), (float)((double)correct / set.Count));
    }
}
