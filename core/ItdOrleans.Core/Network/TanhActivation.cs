using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ItdOrleans.Core.Kernels;

namespace ItdOrleans.Core.Network;

/// <summary>The hyperbolic tangent, the paper's activation; its derivative is 1 - h^2.</summary>
internal sealed class TanhActivation : IActivation
{
    public string Name => "tanh";

    public void Apply(Span<float> x) => ElementMap.Apply<TanhFunction>(x, x);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MultiplyByDerivative(ReadOnlySpan<float> h, Span<float> d)
    {
        ref var h0 = ref MemoryMarshal.GetReference(h);
        ref var d0 = ref MemoryMarshal.GetReference(d);
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= d.Length; j += 16)
            {
                var hj = Vector512.LoadUnsafe(ref h0, (nuint)j);
                var slope = Vector512<float>.One - hj * hj;
                (Vector512.LoadUnsafe(ref d0, (nuint)j) * slope).StoreUnsafe(ref d0, (nuint)j);
            }
        }

        for (; j < d.Length; j++)
        {
            d[j] *= 1f - h[j] * h[j];
        }
    }
}
