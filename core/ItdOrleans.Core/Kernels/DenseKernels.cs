using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ItdOrleans.Core.Kernels;

/// <summary>
/// Dense row-major matrix products, vectorised over output columns.
/// </summary>
/// <remarks>
/// Every output element is accumulated from zero in ascending order of the summed index, with
/// separate multiplies and adds, in the wide, narrow and scalar paths alike: the result is the
/// same bits whatever vector width the machine offers.
/// </remarks>
internal static class DenseKernels
{
    /// <summary>result (rows x cols) = a (rows x inner) * w (inner x cols).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(
        ReadOnlySpan<float> a, int rows, int inner, ReadOnlySpan<float> w, int cols, Span<float> result)
    {
        ref var w0 = ref MemoryMarshal.GetReference(w);
        var blocked = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; blocked + 4 <= rows; blocked += 4)
            {
                MultiplyFourRows(a.Slice(blocked * inner, 4 * inner), inner, ref w0, cols, result[(blocked * cols)..]);
            }
        }

        for (var i = blocked; i < rows; i++)
        {
            var ai = a.Slice(i * inner, inner);
            ref var ri = ref MemoryMarshal.GetReference(result.Slice(i * cols, cols));
            var j = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                for (; j + 32 <= cols; j += 32)
                {
                    var acc0 = Vector512<float>.Zero;
                    var acc1 = Vector512<float>.Zero;
                    for (var k = 0; k < ai.Length; k++)
                    {
                        var factor = Vector512.Create(ai[k]);
                        ref var wk = ref Unsafe.Add(ref w0, k * cols + j);
                        acc0 += factor * Vector512.LoadUnsafe(ref wk);
                        acc1 += factor * Vector512.LoadUnsafe(ref wk, 16);
                    }

                    acc0.StoreUnsafe(ref ri, (nuint)j);
                    acc1.StoreUnsafe(ref ri, (nuint)(j + 16));
                }

                for (; j + 16 <= cols; j += 16)
                {
                    var acc = Vector512<float>.Zero;
                    for (var k = 0; k < ai.Length; k++)
                    {
                        acc += Vector512.Create(ai[k]) * Vector512.LoadUnsafe(ref w0, (nuint)(k * cols + j));
                    }

                    acc.StoreUnsafe(ref ri, (nuint)j);
                }
            }

            if (Vector256.IsHardwareAccelerated)
            {
                for (; j + 8 <= cols; j += 8)
                {
                    var acc = Vector256<float>.Zero;
                    for (var k = 0; k < ai.Length; k++)
                    {
                        acc += Vector256.Create(ai[k]) * Vector256.LoadUnsafe(ref w0, (nuint)(k * cols + j));
                    }

                    acc.StoreUnsafe(ref ri, (nuint)j);
                }
            }

            for (; j < cols; j++)
            {
                var acc = 0f;
                for (var k = 0; k < ai.Length; k++)
                {
                    acc += ai[k] * Unsafe.Add(ref w0, k * cols + j);
                }

                Unsafe.Add(ref ri, j) = acc;
            }
        }
    }

    // Four rows of a product at once, so that four accumulation chains run side by side.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MultiplyFourRows(ReadOnlySpan<float> a, int inner, ref float w0, int cols, Span<float> result)
    {
        ref var a0 = ref MemoryMarshal.GetReference(a);
        ref var r0 = ref MemoryMarshal.GetReference(result);
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= cols; j += 16)
            {
                var acc0 = Vector512<float>.Zero;
                var acc1 = Vector512<float>.Zero;
                var acc2 = Vector512<float>.Zero;
                var acc3 = Vector512<float>.Zero;
                for (var k = 0; k < inner; k++)
                {
                    var wk = Vector512.LoadUnsafe(ref w0, (nuint)(k * cols + j));
                    acc0 += Vector512.Create(Unsafe.Add(ref a0, k)) * wk;
                    acc1 += Vector512.Create(Unsafe.Add(ref a0, inner + k)) * wk;
                    acc2 += Vector512.Create(Unsafe.Add(ref a0, 2 * inner + k)) * wk;
                    acc3 += Vector512.Create(Unsafe.Add(ref a0, 3 * inner + k)) * wk;
                }

                acc0.StoreUnsafe(ref r0, (nuint)j);
                acc1.StoreUnsafe(ref r0, (nuint)(cols + j));
                acc2.StoreUnsafe(ref r0, (nuint)(2 * cols + j));
                acc3.StoreUnsafe(ref r0, (nuint)(3 * cols + j));
            }
        }

        for (; j + 8 <= cols; j += 8)
        {
            var acc0 = Vector256<float>.Zero;
            var acc1 = Vector256<float>.Zero;
            var acc2 = Vector256<float>.Zero;
            var acc3 = Vector256<float>.Zero;
            for (var k = 0; k < inner; k++)
            {
                var wk = Vector256.LoadUnsafe(ref w0, (nuint)(k * cols + j));
                acc0 += Vector256.Create(Unsafe.Add(ref a0, k)) * wk;
                acc1 += Vector256.Create(Unsafe.Add(ref a0, inner + k)) * wk;
                acc2 += Vector256.Create(Unsafe.Add(ref a0, 2 * inner + k)) * wk;
                acc3 += Vector256.Create(Unsafe.Add(ref a0, 3 * inner + k)) * wk;
            }

            acc0.StoreUnsafe(ref r0, (nuint)j);
            acc1.StoreUnsafe(ref r0, (nuint)(cols + j));
            acc2.StoreUnsafe(ref r0, (nuint)(2 * cols + j));
            acc3.StoreUnsafe(ref r0, (nuint)(3 * cols + j));
        }

        for (; j < cols; j++)
        {
            float acc0 = 0f, acc1 = 0f, acc2 = 0f, acc3 = 0f;
            for (var k = 0; k < inner; k++)
            {
                var wk = Unsafe.Add(ref w0, k * cols + j);
                acc0 += Unsafe.Add(ref a0, k) * wk;
                acc1 += Unsafe.Add(ref a0, inner + k) * wk;
                acc2 += Unsafe.Add(ref a0, 2 * inner + k) * wk;
                acc3 += Unsafe.Add(ref a0, 3 * inner + k) * wk;
            }

            Unsafe.Add(ref r0, j) = acc0;
            Unsafe.Add(ref r0, cols + j) = acc1;
            Unsafe.Add(ref r0, 2 * cols + j) = acc2;
            Unsafe.Add(ref r0, 3 * cols + j) = acc3;
        }
    }

    /// <summary>result (inner x cols) = a (rows x inner) transposed * d (rows x cols).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void TransposedProduct(
        ReadOnlySpan<float> a, int rows, int inner, ReadOnlySpan<float> d, int cols, Span<float> result)
    {
        ref var d0 = ref MemoryMarshal.GetReference(d);
        ref var a0 = ref MemoryMarshal.GetReference(a);
        var blocked = 0;
        if (Vector512.IsHardwareAccelerated && cols == 32)
        {
            for (; blocked + 4 <= inner; blocked += 4)
            {
                TransposedProductBlock(ref a0, rows, inner, ref d0, blocked, result);
            }
        }

        for (var k = blocked; k < inner; k++)
        {
            ref var rk = ref MemoryMarshal.GetReference(result.Slice(k * cols, cols));
            var j = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                for (; j + 32 <= cols; j += 32)
                {
                    var acc0 = Vector512<float>.Zero;
                    var acc1 = Vector512<float>.Zero;
                    for (var i = 0; i < rows; i++)
                    {
                        var factor = Vector512.Create(Unsafe.Add(ref a0, i * inner + k));
                        ref var di = ref Unsafe.Add(ref d0, i * cols + j);
                        acc0 += factor * Vector512.LoadUnsafe(ref di);
                        acc1 += factor * Vector512.LoadUnsafe(ref di, 16);
                    }

                    acc0.StoreUnsafe(ref rk, (nuint)j);
                    acc1.StoreUnsafe(ref rk, (nuint)(j + 16));
                }

                for (; j + 16 <= cols; j += 16)
                {
                    var acc = Vector512<float>.Zero;
                    for (var i = 0; i < rows; i++)
                    {
                        var factor = Vector512.Create(Unsafe.Add(ref a0, i * inner + k));
                        acc += factor * Vector512.LoadUnsafe(ref d0, (nuint)(i * cols + j));
                    }

                    acc.StoreUnsafe(ref rk, (nuint)j);
                }
            }

            if (Vector256.IsHardwareAccelerated)
            {
                for (; j + 8 <= cols; j += 8)
                {
                    var acc = Vector256<float>.Zero;
                    for (var i = 0; i < rows; i++)
                    {
                        var factor = Vector256.Create(Unsafe.Add(ref a0, i * inner + k));
                        acc += factor * Vector256.LoadUnsafe(ref d0, (nuint)(i * cols + j));
                    }

                    acc.StoreUnsafe(ref rk, (nuint)j);
                }
            }

            for (; j < cols; j++)
            {
                var acc = 0f;
                for (var i = 0; i < rows; i++)
                {
                    acc += Unsafe.Add(ref a0, i * inner + k) * Unsafe.Add(ref d0, i * cols + j);
                }

                Unsafe.Add(ref rk, j) = acc;
            }
        }
    }

    // Rows k .. k + 3 of a 32-column product at once: eight independent accumulation chains.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TransposedProductBlock(
        ref float a0, int rows, int inner, ref float d0, int k, Span<float> result)
    {
        var acc0 = Vector512<float>.Zero;
        var acc1 = Vector512<float>.Zero;
        var acc2 = Vector512<float>.Zero;
        var acc3 = Vector512<float>.Zero;
        var acc4 = Vector512<float>.Zero;
        var acc5 = Vector512<float>.Zero;
        var acc6 = Vector512<float>.Zero;
        var acc7 = Vector512<float>.Zero;
        for (var i = 0; i < rows; i++)
        {
            ref var ai = ref Unsafe.Add(ref a0, i * inner + k);
            ref var di = ref Unsafe.Add(ref d0, i * 32);
            var low = Vector512.LoadUnsafe(ref di);
            var high = Vector512.LoadUnsafe(ref di, 16);
            var f0 = Vector512.Create(ai);
            var f1 = Vector512.Create(Unsafe.Add(ref ai, 1));
            var f2 = Vector512.Create(Unsafe.Add(ref ai, 2));
            var f3 = Vector512.Create(Unsafe.Add(ref ai, 3));
            acc0 += f0 * low;
            acc1 += f0 * high;
            acc2 += f1 * low;
            acc3 += f1 * high;
            acc4 += f2 * low;
            acc5 += f2 * high;
            acc6 += f3 * low;
            acc7 += f3 * high;
        }

        ref var r = ref MemoryMarshal.GetReference(result);
        var offset = (nuint)(k * 32);
        acc0.StoreUnsafe(ref r, offset);
        acc1.StoreUnsafe(ref r, offset + 16);
        acc2.StoreUnsafe(ref r, offset + 32);
        acc3.StoreUnsafe(ref r, offset + 48);
        acc4.StoreUnsafe(ref r, offset + 64);
        acc5.StoreUnsafe(ref r, offset + 80);
        acc6.StoreUnsafe(ref r, offset + 96);
        acc7.StoreUnsafe(ref r, offset + 112);
    }

    /// <summary>sums (cols) = column sums of d (rows x cols), each summed from row 0 down.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ColumnSums(ReadOnlySpan<float> d, int rows, int cols, Span<float> sums)
    {
        ref var d0 = ref MemoryMarshal.GetReference(d);
        ref var s0 = ref MemoryMarshal.GetReference(sums);
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= cols; j += 16)
            {
                var acc = Vector512<float>.Zero;
                for (var i = 0; i < rows; i++)
                {
                    acc += Vector512.LoadUnsafe(ref d0, (nuint)(i * cols + j));
                }

                acc.StoreUnsafe(ref s0, (nuint)j);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + 8 <= cols; j += 8)
            {
                var acc = Vector256<float>.Zero;
                for (var i = 0; i < rows; i++)
                {
                    acc += Vector256.LoadUnsafe(ref d0, (nuint)(i * cols + j));
                }

                acc.StoreUnsafe(ref s0, (nuint)j);
            }
        }

        for (; j < cols; j++)
        {
            var acc = 0f;
            for (var i = 0; i < rows; i++)
            {
                acc += Unsafe.Add(ref d0, i * cols + j);
            }

            Unsafe.Add(ref s0, j) = acc;
        }
    }

    /// <summary>result (rows x cols) = -(mean (rows) outer sums (cols)), the centring term of a gradient.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SetNegatedOuter(ReadOnlySpan<float> mean, ReadOnlySpan<float> sums, int cols, Span<float> result)
    {
        ref var r0 = ref MemoryMarshal.GetReference(result);
        ref var s0 = ref MemoryMarshal.GetReference(sums);
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= cols; j += 16)
            {
                var sj = Vector512.LoadUnsafe(ref s0, (nuint)j);
                for (var k = 0; k < mean.Length; k++)
                {
                    (-(Vector512.Create(mean[k]) * sj)).StoreUnsafe(ref r0, (nuint)(k * cols + j));
                }
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + 8 <= cols; j += 8)
            {
                var sj = Vector256.LoadUnsafe(ref s0, (nuint)j);
                for (var k = 0; k < mean.Length; k++)
                {
                    (-(Vector256.Create(mean[k]) * sj)).StoreUnsafe(ref r0, (nuint)(k * cols + j));
                }
            }
        }

        for (; j < cols; j++)
        {
            for (var k = 0; k < mean.Length; k++)
            {
                Unsafe.Add(ref r0, k * cols + j) = -(mean[k] * sums[j]);
            }
        }
    }

    /// <summary>m (rows x cols) += row (cols) added to every row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddToRows(Span<float> m, int rows, int cols, ReadOnlySpan<float> row) =>
        AddSignedToRows(m, rows, cols, row, 1f);

    /// <summary>m (rows x cols) -= row (cols) taken from every row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SubtractFromRows(Span<float> m, int rows, int cols, ReadOnlySpan<float> row) =>
        AddSignedToRows(m, rows, cols, row, -1f);

    // Negation is exact, so m + (-r) gives the same bits as m - r.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddSignedToRows(Span<float> m, int rows, int cols, ReadOnlySpan<float> row, float sign)
    {
        ref var m0 = ref MemoryMarshal.GetReference(m);
        ref var r0 = ref MemoryMarshal.GetReference(row);
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= cols; j += 16)
            {
                var r = Vector512.LoadUnsafe(ref r0, (nuint)j) * Vector512.Create(sign);
                for (var i = 0; i < rows; i++)
                {
                    var offset = (nuint)(i * cols + j);
                    (Vector512.LoadUnsafe(ref m0, offset) + r).StoreUnsafe(ref m0, offset);
                }
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + 8 <= cols; j += 8)
            {
                var r = Vector256.LoadUnsafe(ref r0, (nuint)j) * Vector256.Create(sign);
                for (var i = 0; i < rows; i++)
                {
                    var offset = (nuint)(i * cols + j);
                    (Vector256.LoadUnsafe(ref m0, offset) + r).StoreUnsafe(ref m0, offset);
                }
            }
        }

        for (; j < cols; j++)
        {
            var r = Unsafe.Add(ref r0, j) * sign;
            for (var i = 0; i < rows; i++)
            {
                Unsafe.Add(ref m0, i * cols + j) += r;
            }
        }
    }

    /// <summary>result (cols x rows) = m (rows x cols) transposed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Transpose(ReadOnlySpan<float> m, int rows, int cols, Span<float> result)
    {
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                result[j * rows + i] = m[i * cols + j];
            }
        }
    }
}
