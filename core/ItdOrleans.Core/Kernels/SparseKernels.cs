using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Kernels;

/// <summary>
/// Products of selected compressed sparse rows of an image set with dense row-major matrices.
/// </summary>
/// <remarks>
/// Each output element is accumulated in the stored order of the non-zero pixels (or of the
/// minibatch rows), identically in the wide, narrow and scalar paths.
/// </remarks>
internal static class SparseKernels
{
    /// <summary>result (count x cols) = X (count x features, rows picked from set) * w (features x cols).</summary>
    public static void Multiply(
        ImageSet set, ReadOnlySpan<int> picked, ReadOnlySpan<float> w, int cols, Span<float> result)
    {
        var rowStart = set.RowStart;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(set.Columns);
        ref var values = ref MemoryMarshal.GetArrayDataReference(set.Values);
        ref var w0 = ref MemoryMarshal.GetReference(w);
        var paired = 0;
        if (Vector512.IsHardwareAccelerated && cols % 32 == 0)
        {
            for (; paired + 2 <= picked.Length; paired += 2)
            {
                for (var j = 0; j < cols; j += 32)
                {
                    MultiplyRowPair(set, picked[paired], picked[paired + 1], ref w0, cols, j, result, paired * cols);
                }
            }
        }

        for (var i = paired; i < picked.Length; i++)
        {
            var first = rowStart[picked[i]];
            var end = rowStart[picked[i] + 1];
            ref var ri = ref MemoryMarshal.GetReference(result.Slice(i * cols, cols));
            var j = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                for (; j + 32 <= cols; j += 32)
                {
                    var acc0 = Vector512<float>.Zero;
                    var acc1 = Vector512<float>.Zero;
                    for (var t = first; t < end; t++)
                    {
                        var factor = Vector512.Create(Unsafe.Add(ref values, t));
                        ref var wk = ref Unsafe.Add(ref w0, Unsafe.Add(ref columns, t) * cols + j);
                        acc0 += factor * Vector512.LoadUnsafe(ref wk);
                        acc1 += factor * Vector512.LoadUnsafe(ref wk, 16);
                    }

                    acc0.StoreUnsafe(ref ri, (nuint)j);
                    acc1.StoreUnsafe(ref ri, (nuint)(j + 16));
                }

                for (; j + 16 <= cols; j += 16)
                {
                    var acc = Vector512<float>.Zero;
                    for (var t = first; t < end; t++)
                    {
                        var factor = Vector512.Create(Unsafe.Add(ref values, t));
                        var offset = (nuint)(Unsafe.Add(ref columns, t) * cols + j);
                        acc += factor * Vector512.LoadUnsafe(ref w0, offset);
                    }

                    acc.StoreUnsafe(ref ri, (nuint)j);
                }
            }

            if (Vector256.IsHardwareAccelerated)
            {
                for (; j + 8 <= cols; j += 8)
                {
                    var acc = Vector256<float>.Zero;
                    for (var t = first; t < end; t++)
                    {
                        var factor = Vector256.Create(Unsafe.Add(ref values, t));
                        var offset = (nuint)(Unsafe.Add(ref columns, t) * cols + j);
                        acc += factor * Vector256.LoadUnsafe(ref w0, offset);
                    }

                    acc.StoreUnsafe(ref ri, (nuint)j);
                }
            }

            for (; j < cols; j++)
            {
                var acc = 0f;
                for (var t = first; t < end; t++)
                {
                    acc += Unsafe.Add(ref values, t) * Unsafe.Add(ref w0, Unsafe.Add(ref columns, t) * cols + j);
                }

                Unsafe.Add(ref ri, j) = acc;
            }
        }
    }

    // Two rows at a time give four independent accumulation chains; each element still sums in pixel order.
    private static void MultiplyRowPair(
        ImageSet set, int rowA, int rowB, ref float w0, int cols, int j, Span<float> result, int offset)
    {
        ref var columns = ref MemoryMarshal.GetArrayDataReference(set.Columns);
        ref var values = ref MemoryMarshal.GetArrayDataReference(set.Values);
        var a = set.RowStart[rowA];
        var endA = set.RowStart[rowA + 1];
        var b = set.RowStart[rowB];
        var endB = set.RowStart[rowB + 1];
        var a0 = Vector512<float>.Zero;
        var a1 = Vector512<float>.Zero;
        var b0 = Vector512<float>.Zero;
        var b1 = Vector512<float>.Zero;
        for (; a < endA && b < endB; a++, b++)
        {
            var factorA = Vector512.Create(Unsafe.Add(ref values, a));
            ref var wa = ref Unsafe.Add(ref w0, Unsafe.Add(ref columns, a) * cols + j);
            var factorB = Vector512.Create(Unsafe.Add(ref values, b));
            ref var wb = ref Unsafe.Add(ref w0, Unsafe.Add(ref columns, b) * cols + j);
            a0 += factorA * Vector512.LoadUnsafe(ref wa);
            a1 += factorA * Vector512.LoadUnsafe(ref wa, 16);
            b0 += factorB * Vector512.LoadUnsafe(ref wb);
            b1 += factorB * Vector512.LoadUnsafe(ref wb, 16);
        }

        for (; a < endA; a++)
        {
            var factor = Vector512.Create(Unsafe.Add(ref values, a));
            ref var wa = ref Unsafe.Add(ref w0, Unsafe.Add(ref columns, a) * cols + j);
            a0 += factor * Vector512.LoadUnsafe(ref wa);
            a1 += factor * Vector512.LoadUnsafe(ref wa, 16);
        }

        for (; b < endB; b++)
        {
            var factor = Vector512.Create(Unsafe.Add(ref values, b));
            ref var wb = ref Unsafe.Add(ref w0, Unsafe.Add(ref columns, b) * cols + j);
            b0 += factor * Vector512.LoadUnsafe(ref wb);
            b1 += factor * Vector512.LoadUnsafe(ref wb, 16);
        }

        ref var r = ref MemoryMarshal.GetReference(result);
        a0.StoreUnsafe(ref r, (nuint)(offset + j));
        a1.StoreUnsafe(ref r, (nuint)(offset + j + 16));
        b0.StoreUnsafe(ref r, (nuint)(offset + cols + j));
        b1.StoreUnsafe(ref r, (nuint)(offset + cols + j + 16));
    }

    /// <summary>result (features x cols) += X (count x features, rows picked from set) transposed * d (count x cols).</summary>
    public static void AddTransposedProduct(
        ImageSet set, ReadOnlySpan<int> picked, ReadOnlySpan<float> d, int cols, Span<float> result)
    {
        var rowStart = set.RowStart;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(set.Columns);
        ref var values = ref MemoryMarshal.GetArrayDataReference(set.Values);
        ref var r0 = ref MemoryMarshal.GetReference(result);
        for (var i = 0; i < picked.Length; i++)
        {
            var di = d.Slice(i * cols, cols);
            ref var d0 = ref MemoryMarshal.GetReference(di);
            var first = rowStart[picked[i]];
            var end = rowStart[picked[i] + 1];
            var j = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                for (; j + 32 <= cols; j += 32)
                {
                    var low = Vector512.LoadUnsafe(ref d0, (nuint)j);
                    var high = Vector512.LoadUnsafe(ref d0, (nuint)(j + 16));
                    for (var t = first; t < end; t++)
                    {
                        var factor = Vector512.Create(Unsafe.Add(ref values, t));
                        ref var rk = ref Unsafe.Add(ref r0, Unsafe.Add(ref columns, t) * cols + j);
                        (Vector512.LoadUnsafe(ref rk) + factor * low).StoreUnsafe(ref rk);
                        (Vector512.LoadUnsafe(ref rk, 16) + factor * high).StoreUnsafe(ref rk, 16);
                    }
                }

                for (; j + 16 <= cols; j += 16)
                {
                    var dj = Vector512.LoadUnsafe(ref d0, (nuint)j);
                    for (var t = first; t < end; t++)
                    {
                        var factor = Vector512.Create(Unsafe.Add(ref values, t));
                        ref var rk = ref Unsafe.Add(ref r0, Unsafe.Add(ref columns, t) * cols + j);
                        (Vector512.LoadUnsafe(ref rk) + factor * dj).StoreUnsafe(ref rk);
                    }
                }
            }

            if (Vector256.IsHardwareAccelerated)
            {
                for (; j + 8 <= cols; j += 8)
                {
                    var dj = Vector256.LoadUnsafe(ref d0, (nuint)j);
                    for (var t = first; t < end; t++)
                    {
                        var factor = Vector256.Create(Unsafe.Add(ref values, t));
                        ref var rk = ref Unsafe.Add(ref r0, Unsafe.Add(ref columns, t) * cols + j);
                        (Vector256.LoadUnsafe(ref rk) + factor * dj).StoreUnsafe(ref rk);
                    }
                }
            }

            for (; j < cols; j++)
            {
                var dj = di[j];
                for (var t = first; t < end; t++)
                {
                    Unsafe.Add(ref r0, Unsafe.Add(ref columns, t) * cols + j) += Unsafe.Add(ref values, t) * dj;
                }
            }
        }
    }
}
