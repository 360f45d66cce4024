using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ItdOrleans.Core.Kernels;

namespace ItdOrleans.Core.Network;

/// <summary>The logistic function 1 / (1 + e^-x); its derivative is h (1 - h).</summary>
internal sealed class SigmoidActivation : IActivation
{
    public string Name => "sigmoid";

    public void Apply(Span<float> x) => ElementMap.Apply<SigmoidFunction>(x, x);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MultiplyByDerivative(ReadOnlySpan<float> h, Span<float> d)
    {
        for (var j = 0; j < d.Length; j++)
        {
            d[j] *= h[j] * (1f - h[j]);
        }
    }
}
