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
        for (var i = 0; i < picked.Length; i++)
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

    /// <summary>result (features x cols) += X (count x features, rows picked from set) transposed * d (count x cols).</summary>
    public static void AddTransposedProduct(
        ImageSet set, ReadOnlySpan<int> picked, ReadOnlySpan<float> d, int cols, Span<float> result)
    {
        var rowStart = set.RowStart;
        var columns = set.Columns;
        var values = set.Values;
        for (var i = 0; i < picked.Length; i++)
        {
            var di = d.Slice(i * cols, cols);
            var end = rowStart[picked[i] + 1];
            for (var t = rowStart[picked[i]]; t < end; t++)
            {
                ElementKernels.AddScaled(result.Slice(columns[t] * cols, cols), values[t], di);
            }
        }
    }
}
