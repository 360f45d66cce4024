using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ItdOrleans.Core.Kernels;

/// <summary>Applies an element function over a span with the widest vectors the machine has.</summary>
internal static class ElementMap
{
    /// <summary>result (n) = f(x (n)); result may be x itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apply<TFunction>(ReadOnlySpan<float> x, Span<float> result)
        where TFunction : IElementFunction
    {
        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var r0 = ref MemoryMarshal.GetReference(result);
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= x.Length; j += 16)
            {
                TFunction.Wide(Vector512.LoadUnsafe(ref x0, (nuint)j)).StoreUnsafe(ref r0, (nuint)j);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + 8 <= x.Length; j += 8)
            {
                TFunction.Narrow(Vector256.LoadUnsafe(ref x0, (nuint)j)).StoreUnsafe(ref r0, (nuint)j);
            }
        }

        for (; j < x.Length; j++)
        {
            result[j] = TFunction.Scalar(x[j]);
        }
    }
}
