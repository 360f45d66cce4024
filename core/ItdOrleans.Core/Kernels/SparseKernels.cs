using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
    private const int PrefetchRows = 4;

    /// <summary>result (count x cols) = X (count x features, rows picked from set) * w (features x cols).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(
        ImageSet set, ReadOnlySpan<int> picked, ReadOnlySpan<float> w, int cols, Span<float> result)
    {
        var rowStart = set.RowStart;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(set.Columns);
        ref var values = ref MemoryMarshal.GetArrayDataReference(set.Values);
        ref var w0 = ref MemoryMarshal.GetReference(w);
        var paired = 0;
        for (var ahead = 0; ahead < Math.Min(PrefetchRows, picked.Length); ahead++)
        {
            Prefetch(set, picked[ahead]);
        }

        if (Vector512.IsHardwareAccelerated && cols % 32 == 0)
        {
            for (; paired + 2 <= picked.Length; paired += 2)
            {
                var lastAhead = Math.Min(paired + PrefetchRows + 2, picked.Length);
                for (var ahead = paired + PrefetchRows; ahead < lastAhead; ahead++)
                {
                    Prefetch(set, picked[ahead]);
                }

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

    // Minibatch rows are scattered over a large image set, so each is fetched from memory
    // while the rows before it are multiplied.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ImageSet set, int row)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        var first = set.RowStart[row];
        var end = set.RowStart[row + 1];
        fixed (float* values = set.Values)
        fixed (ushort* columns = set.Columns)
        {
            for (var t = first; t < end; t += 16)
            {
                Sse.Prefetch0(values + t);
            }

            for (var t = first; t < end; t += 32)
            {
                Sse.Prefetch0(columns + t);
            }
        }
    }

    // Two rows at a time give four independent accumulation chains; each element still sums in pixel order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void MultiplyRowPair(
        ImageSet set, int rowA, int rowB, ref float w0, int cols, int j, Span<float> result, int offset)
    {
        var a0 = Vector512<float>.Zero;
        var a1 = Vector512<float>.Zero;
        var b0 = Vector512<float>.Zero;
        var b1 = Vector512<float>.Zero;
        fixed (float* values = set.Values)
        fixed (ushort* columns = set.Columns)
        fixed (float* weights = &w0)
        {
            var w = weights + j;
            var stride = (nuint)cols;
            var valueA = values + set.RowStart[rowA];
            var columnA = columns + set.RowStart[rowA];
            var endA = values + set.RowStart[rowA + 1];
            var valueB = values + set.RowStart[rowB];
            var columnB = columns + set.RowStart[rowB];
            var endB = values + set.RowStart[rowB + 1];
            for (; valueA < endA && valueB < endB; valueA++, columnA++, valueB++, columnB++)
            {
                var factorA = Vector512.Create(*valueA);
                var wa = w + *columnA * stride;
                var factorB = Vector512.Create(*valueB);
                var wb = w + *columnB * stride;
                a0 += factorA * Vector512.Load(wa);
                a1 += factorA * Vector512.Load(wa + 16);
                b0 += factorB * Vector512.Load(wb);
                b1 += factorB * Vector512.Load(wb + 16);
            }

            for (; valueA < endA; valueA++, columnA++)
            {
                var factor = Vector512.Create(*valueA);
                var wa = w + *columnA * stride;
                a0 += factor * Vector512.Load(wa);
                a1 += factor * Vector512.Load(wa + 16);
            }

            for (; valueB < endB; valueB++, columnB++)
            {
                var factor = Vector512.Create(*valueB);
                var wb = w + *columnB * stride;
                b0 += factor * Vector512.Load(wb);
                b1 += factor * Vector512.Load(wb + 16);
            }
        }

        ref var r = ref MemoryMarshal.GetReference(result);
        a0.StoreUnsafe(ref r, (nuint)(offset + j));
        a1.StoreUnsafe(ref r, (nuint)(offset + j + 16));
        b0.StoreUnsafe(ref r, (nuint)(offset + cols + j));
        b1.StoreUnsafe(ref r, (nuint)(offset + cols + j + 16));
    }

    /// <summary>
    /// result (features x cols) += X (count x features, rows picked from set) transposed * d (count x cols).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                    AddRowPairBlock(set, first, end, ref d0, ref r0, cols, j);
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

    // One minibatch row's 32-column block of error, scattered onto the weight-gradient rows of its pixels.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void AddRowPairBlock(
        ImageSet set, int first, int end, ref float d0, ref float r0, int cols, int j)
    {
        var low = Vector512.LoadUnsafe(ref d0, (nuint)j);
        var high = Vector512.LoadUnsafe(ref d0, (nuint)(j + 16));
        fixed (float* values = set.Values)
        fixed (ushort* columns = set.Columns)
        fixed (float* gradient = &r0)
        {
            var stride = (nuint)cols;
            var g = gradient + j;
            var column = columns + first;
            for (float* value = values + first, stop = values + end; value < stop; value++, column++)
            {
                var factor = Vector512.Create(*value);
                var row = g + *column * stride;
                (Vector512.Load(row) + factor * low).Store(row);
                (Vector512.Load(row + 16) + factor * high).Store(row + 16);
            }
        }
    }
}
