using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ItdOrleans.Core.Kernels;

/// <summary>
/// Elementwise operations on equal-length vectors, each lane computed by the same IEEE
/// operations in the wide, narrow and scalar paths.
/// </summary>
internal static class ElementKernels
{
    /// <summary>a (n) += b (n).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Add(Span<float> a, ReadOnlySpan<float> b)
    {
        ref var a0 = ref MemoryMarshal.GetReference(a);
        ref var b0 = ref MemoryMarshal.GetReference(b);
        var n = a.Length;
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= n; j += 16)
            {
                var sum = Vector512.LoadUnsafe(ref a0, (nuint)j) + Vector512.LoadUnsafe(ref b0, (nuint)j);
                sum.StoreUnsafe(ref a0, (nuint)j);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + 8 <= n; j += 8)
            {
                var sum = Vector256.LoadUnsafe(ref a0, (nuint)j) + Vector256.LoadUnsafe(ref b0, (nuint)j);
                sum.StoreUnsafe(ref a0, (nuint)j);
            }
        }

        for (; j < n; j++)
        {
            a[j] += b[j];
        }
    }

    /// <summary>a (n) -= b (n).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Subtract(Span<float> a, ReadOnlySpan<float> b)
    {
        ref var a0 = ref MemoryMarshal.GetReference(a);
        ref var b0 = ref MemoryMarshal.GetReference(b);
        var n = a.Length;
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= n; j += 16)
            {
                var difference = Vector512.LoadUnsafe(ref a0, (nuint)j) - Vector512.LoadUnsafe(ref b0, (nuint)j);
                difference.StoreUnsafe(ref a0, (nuint)j);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + 8 <= n; j += 8)
            {
                var difference = Vector256.LoadUnsafe(ref a0, (nuint)j) - Vector256.LoadUnsafe(ref b0, (nuint)j);
                difference.StoreUnsafe(ref a0, (nuint)j);
            }
        }

        for (; j < n; j++)
        {
            a[j] -= b[j];
        }
    }

    /// <summary>a (n) += s * b (n).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddScaled(Span<float> a, float s, ReadOnlySpan<float> b)
    {
        ref var a0 = ref MemoryMarshal.GetReference(a);
        ref var b0 = ref MemoryMarshal.GetReference(b);
        var n = a.Length;
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var factor = Vector512.Create(s);
            for (; j + 16 <= n; j += 16)
            {
                var sum = Vector512.LoadUnsafe(ref a0, (nuint)j) + factor * Vector512.LoadUnsafe(ref b0, (nuint)j);
                sum.StoreUnsafe(ref a0, (nuint)j);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var factor = Vector256.Create(s);
            for (; j + 8 <= n; j += 8)
            {
                var sum = Vector256.LoadUnsafe(ref a0, (nuint)j) + factor * Vector256.LoadUnsafe(ref b0, (nuint)j);
                sum.StoreUnsafe(ref a0, (nuint)j);
            }
        }

        for (; j < n; j++)
        {
            a[j] += s * b[j];
        }
    }

    /// <summary>a (n) -= s * b (n).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SubtractScaled(Span<float> a, float s, ReadOnlySpan<float> b)
    {
        ref var a0 = ref MemoryMarshal.GetReference(a);
        ref var b0 = ref MemoryMarshal.GetReference(b);
        var n = a.Length;
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var factor = Vector512.Create(s);
            for (; j + 16 <= n; j += 16)
            {
                var result = Vector512.LoadUnsafe(ref a0, (nuint)j) - factor * Vector512.LoadUnsafe(ref b0, (nuint)j);
                result.StoreUnsafe(ref a0, (nuint)j);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var factor = Vector256.Create(s);
            for (; j + 8 <= n; j += 8)
            {
                var result = Vector256.LoadUnsafe(ref a0, (nuint)j) - factor * Vector256.LoadUnsafe(ref b0, (nuint)j);
                result.StoreUnsafe(ref a0, (nuint)j);
            }
        }

        for (; j < n; j++)
        {
            a[j] -= s * b[j];
        }
    }

    /// <summary>result (n) = -(s * b (n)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SetNegatedScaled(Span<float> result, float s, ReadOnlySpan<float> b)
    {
        ref var r0 = ref MemoryMarshal.GetReference(result);
        ref var b0 = ref MemoryMarshal.GetReference(b);
        var n = result.Length;
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var factor = Vector512.Create(s);
            for (; j + 16 <= n; j += 16)
            {
                (-(factor * Vector512.LoadUnsafe(ref b0, (nuint)j))).StoreUnsafe(ref r0, (nuint)j);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var factor = Vector256.Create(s);
            for (; j + 8 <= n; j += 8)
            {
                (-(factor * Vector256.LoadUnsafe(ref b0, (nuint)j))).StoreUnsafe(ref r0, (nuint)j);
            }
        }

        for (; j < n; j++)
        {
            result[j] = -(s * b[j]);
        }
    }

    /// <summary>d (n) = d * (d - q (n)), the multiplicative temporal difference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyByDifference(Span<float> d, ReadOnlySpan<float> q)
    {
        ref var d0 = ref MemoryMarshal.GetReference(d);
        ref var q0 = ref MemoryMarshal.GetReference(q);
        var n = d.Length;
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= n; j += 16)
            {
                var dj = Vector512.LoadUnsafe(ref d0, (nuint)j);
                (dj * (dj - Vector512.LoadUnsafe(ref q0, (nuint)j))).StoreUnsafe(ref d0, (nuint)j);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + 8 <= n; j += 8)
            {
                var dj = Vector256.LoadUnsafe(ref d0, (nuint)j);
                (dj * (dj - Vector256.LoadUnsafe(ref q0, (nuint)j))).StoreUnsafe(ref d0, (nuint)j);
            }
        }

        for (; j < n; j++)
        {
            d[j] *= d[j] - q[j];
        }
    }

    /// <summary>velocity (n) = momentum * velocity + g (n); p (n) -= rate * velocity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MomentumStep(
        Span<float> p, Span<float> velocity, ReadOnlySpan<float> g, float momentum, float rate)
    {
        for (var j = 0; j < p.Length; j++)
        {
            var v = momentum * velocity[j] + g[j];
            velocity[j] = v;
            p[j] -= rate * v;
        }
    }

    /// <summary>
    /// Adam on n lanes: m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; p -= rate m / (sqrt v + eps).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AdamStep(
        Span<float> p, Span<float> m, Span<float> v, ReadOnlySpan<float> g,
        float beta1, float beta2, float rate, float epsilon)
    {
        ref var p0 = ref MemoryMarshal.GetReference(p);
        ref var m0 = ref MemoryMarshal.GetReference(m);
        ref var v0 = ref MemoryMarshal.GetReference(v);
        ref var g0 = ref MemoryMarshal.GetReference(g);
        var n = p.Length;
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var b1 = Vector512.Create(beta1);
            var c1 = Vector512.Create(1f - beta1);
            var b2 = Vector512.Create(beta2);
            var c2 = Vector512.Create(1f - beta2);
            var r = Vector512.Create(rate);
            var eps = Vector512.Create(epsilon);
            for (; j + 16 <= n; j += 16)
            {
                var gj = Vector512.LoadUnsafe(ref g0, (nuint)j);
                var mj = b1 * Vector512.LoadUnsafe(ref m0, (nuint)j) + c1 * gj;
                var vj = b2 * Vector512.LoadUnsafe(ref v0, (nuint)j) + c2 * (gj * gj);
                mj.StoreUnsafe(ref m0, (nuint)j);
                vj.StoreUnsafe(ref v0, (nuint)j);
                var pj = Vector512.LoadUnsafe(ref p0, (nuint)j) - (r * mj) / (Vector512.Sqrt(vj) + eps);
                pj.StoreUnsafe(ref p0, (nuint)j);
            }
        }

        for (; j < n; j++)
        {
            var gj = g[j];
            var mj = beta1 * m[j] + (1f - beta1) * gj;
            var vj = beta2 * v[j] + (1f - beta2) * (gj * gj);
            m[j] = mj;
            v[j] = vj;
            p[j] -= (rate * mj) / (MathF.Sqrt(vj) + epsilon);
        }
    }
}
