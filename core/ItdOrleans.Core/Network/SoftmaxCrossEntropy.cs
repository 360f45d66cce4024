using System.Runtime.CompilerServices;
using ItdOrleans.Core.Kernels;

namespace ItdOrleans.Core.Network;

/// <summary>The softmax output with mean cross-entropy loss, its accuracy and its output error.</summary>
internal static class SoftmaxCrossEntropy
{
    /// <summary>
    /// Summed loss -log p[y] and count of correct argmax over logits (rows x classes), which it
    /// overwrites; when <paramref name="error"/> is not empty, also fills error (rows x classes)
    /// = (p - one-hot) / rows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double LossSum, int Correct) Evaluate(
        Span<float> logits, int classes, ReadOnlySpan<byte> labels, Span<float> error)
    {
        var rows = labels.Length;
        var correct = 0;
        var lossSum = 0.0;
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

            correct += best == labels[i] ? 1 : 0;
            var max = z[best];
            for (var c = 0; c < classes; c++)
            {
                z[c] -= max;
            }

            lossSum -= z[labels[i]];
        }

        var shifted = logits[..(rows * classes)];
        FixedMath.Exp(shifted, shifted);
        for (var i = 0; i < rows; i++)
        {
            var exps = shifted.Slice(i * classes, classes);
            var sum = 0f;
            for (var c = 0; c < classes; c++)
            {
                sum += exps[c];
            }

            var label = labels[i];
            lossSum += FixedMath.Log(sum);
            if (!error.IsEmpty)
            {
                var e = error.Slice(i * classes, classes);
                for (var c = 0; c < classes; c++)
                {
                    var p = exps[c] / sum;
                    e[c] = (c == label ? p - 1f : p) / rows;
                }
            }
        }

        return (lossSum, correct);
    }
}
