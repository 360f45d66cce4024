using ItdOrleans.Core.Kernels;

namespace ItdOrleans.Core.Network;

/// <summary>The softmax output with mean cross-entropy loss, its accuracy and its output error.</summary>
internal static class SoftmaxCrossEntropy
{
    /// <summary>
    /// Summed loss -log p[y] and count of correct argmax over logits (rows x classes); when
    /// <paramref name="error"/> is not empty, also error (rows x classes) = (p - one-hot) / rows.
    /// </summary>
    public static (double LossSum, int Correct) Evaluate(
        ReadOnlySpan<float> logits, int classes, ReadOnlySpan<byte> labels, Span<float> error)
    {
        var rows = labels.Length;
        var lossSum = 0.0;
        var correct = 0;
        for (var i = 0; i < rows; i++)
        {
            var z = logits.Slice(i * classes, classes);
            var best = 0;
            for (var c = 1; c < classes; c++)
            {
                if (z[c] > z[best])
                {
                    best = c;
                }
            }

            var max = z[best];
            var sum = 0f;
            for (var c = 0; c < classes; c++)
            {
                sum += FixedMath.Exp(z[c] - max);
            }

            var label = labels[i];
            lossSum += FixedMath.Log(sum) - (z[label] - max);
            correct += best == label ? 1 : 0;
            if (!error.IsEmpty)
            {
                var e = error.Slice(i * classes, classes);
                for (var c = 0; c < classes; c++)
                {
                    var p = FixedMath.Exp(z[c] - max) / sum;
                    e[c] = ((c == label ? p - 1f : p)) / rows;
                }
            }
        }

        return (lossSum, correct);
    }
}
