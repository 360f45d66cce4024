using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ItdOrleans.Core.Kernels;

namespace ItdOrleans.Core.Network;

/// <summary>The logistic function 1 / (1 + e^-x); its derivative is h (1 - h).</summary>
internal sealed class SigmoidActivation : IActivation
{
    public string Name => "sigmoid";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(Span<float> x)
    {
        ref var x0 = ref MemoryMarshal.GetReference(x);
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= x.Length; j += 16)
            {
                FixedMath.Sigmoid(Vector512.LoadUnsafe(ref x0, (nuint)j)).StoreUnsafe(ref x0, (nuint)j);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + 8 <= x.Length; j += 8)
            {
                FixedMath.Sigmoid(Vector256.LoadUnsafe(ref x0, (nuint)j)).StoreUnsafe(ref x0, (nuint)j);
            }
        }

        for (; j < x.Length; j++)
        {
            x[j] = FixedMath.Sigmoid(x[j]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MultiplyByDerivative(ReadOnlySpan<float> h, Span<float> d)
    {
        for (var j = 0; j < d.Length; j++)
        {
            d[j] *= h[j] * (1f - h[j]);
        }
    }
}
