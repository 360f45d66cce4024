using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ItdOrleans.Core.Kernels;

/// <summary>
/// Exponential, logarithm, tanh and sigmoid built from plain IEEE additions, multiplications and
/// divisions, so that every machine and every vector width produces the same bits.
/// </summary>
/// <remarks>
/// The vector forms repeat the scalar operations one for one; platform math libraries differ
/// in their last bits between machines, which would break bit-identical runs.
/// </remarks>
internal static class FixedMath
{
    private const float Log2E = 1.44269504f;
    private const float Ln2High = 0.693359375f;
    private const float Ln2Low = -2.12194440e-4f;
    private const float RoundingShift = 12582912f;
    private const float ExpLowest = -87f;
    private const float ExpHighest = 88f;
    private const float TanhSaturation = 9f;
    private const float TanhSeriesLimit = 0.25f;
    private const float Sqrt2 = 1.41421356f;
    private const float SmallestNormal = 1.17549435e-38f;

    private const float E2 = 1f / 2f;
    private const float E3 = 1f / 6f;
    private const float E4 = 1f / 24f;
    private const float E5 = 1f / 120f;
    private const float E6 = 1f / 720f;
    private const float E7 = 1f / 5040f;

    private const float T3 = -1f / 3f;
    private const float T5 = 2f / 15f;
    private const float T7 = -17f / 315f;
    private const float T9 = 62f / 2835f;

    /// <summary>e^x, clamped to the normal float range; NaN stays NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Exp(float x)
    {
        x = x < ExpLowest ? ExpLowest : x;
        x = x > ExpHighest ? ExpHighest : x;
        var n = (x * Log2E + RoundingShift) - RoundingShift;
        var r = (x - n * Ln2High) - n * Ln2Low;
        var p = ((((((E7 * r + E6) * r + E5) * r + E4) * r + E3) * r + E2) * r + 1f) * r + 1f;
        var scale = BitConverter.Int32BitsToSingle(((int)n + 127) << 23);
        return p * scale;
    }

    /// <summary>e^x for sixteen lanes, bit-identical to <see cref="Exp(float)"/> in each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Exp(Vector512<float> x)
    {
        var low = Vector512.Create(ExpLowest);
        var high = Vector512.Create(ExpHighest);
        x = Vector512.ConditionalSelect(Vector512.LessThan(x, low), low, x);
        x = Vector512.ConditionalSelect(Vector512.GreaterThan(x, high), high, x);
        var shift = Vector512.Create(RoundingShift);
        var n = (x * Vector512.Create(Log2E) + shift) - shift;
        var r = (x - n * Vector512.Create(Ln2High)) - n * Vector512.Create(Ln2Low);
        var p = Vector512.Create(E7) * r + Vector512.Create(E6);
        p = p * r + Vector512.Create(E5);
        p = p * r + Vector512.Create(E4);
        p = p * r + Vector512.Create(E3);
        p = p * r + Vector512.Create(E2);
        p = p * r + Vector512<float>.One;
        p = p * r + Vector512<float>.One;
        var exponent = Vector512.ConvertToInt32(n) + Vector512.Create(127);
        return p * Vector512.ShiftLeft(exponent, 23).AsSingle();
    }

    /// <summary>e^x for eight lanes, bit-identical to <see cref="Exp(float)"/> in each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Exp(Vector256<float> x)
    {
        var low = Vector256.Create(ExpLowest);
        var high = Vector256.Create(ExpHighest);
        x = Vector256.ConditionalSelect(Vector256.LessThan(x, low), low, x);
        x = Vector256.ConditionalSelect(Vector256.GreaterThan(x, high), high, x);
        var shift = Vector256.Create(RoundingShift);
        var n = (x * Vector256.Create(Log2E) + shift) - shift;
        var r = (x - n * Vector256.Create(Ln2High)) - n * Vector256.Create(Ln2Low);
        var p = Vector256.Create(E7) * r + Vector256.Create(E6);
        p = p * r + Vector256.Create(E5);
        p = p * r + Vector256.Create(E4);
        p = p * r + Vector256.Create(E3);
        p = p * r + Vector256.Create(E2);
        p = p * r + Vector256<float>.One;
        p = p * r + Vector256<float>.One;
        var exponent = Vector256.ConvertToInt32(n) + Vector256.Create(127);
        return p * Vector256.ShiftLeft(exponent, 23).AsSingle();
    }

    /// <summary>result (n) = e^x (n), lane by lane as <see cref="Exp(float)"/>.</summary>
    public static void Exp(ReadOnlySpan<float> x, Span<float> result) => ElementMap.Apply<ExpFunction>(x, result);

    /// <summary>tanh x: an odd series near zero, 1 - 2 / (e^2|x| + 1) with x's sign elsewhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float Tanh(float x)
    {
        var magnitude = MathF.Abs(x);
        if (magnitude < TanhSeriesLimit)
        {
            var s = x * x;
            return x + (x * s) * (((T9 * s + T7) * s + T5) * s + T3);
        }

        magnitude = magnitude > TanhSaturation ? TanhSaturation : magnitude;
        var far = 1f - 2f / (Exp(magnitude + magnitude) + 1f);
        return x < 0f ? -far : far;
    }

    /// <summary>tanh for sixteen lanes, bit-identical to <see cref="Tanh(float)"/> in each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Tanh(Vector512<float> x)
    {
        var magnitude = Vector512.Abs(x);
        var s = x * x;
        var series = Vector512.Create(T9) * s + Vector512.Create(T7);
        series = series * s + Vector512.Create(T5);
        series = series * s + Vector512.Create(T3);
        var near = x + (x * s) * series;

        var saturation = Vector512.Create(TanhSaturation);
        var clamped = Vector512.ConditionalSelect(Vector512.GreaterThan(magnitude, saturation), saturation, magnitude);
        var one = Vector512<float>.One;
        var far = one - Vector512.Create(2f) / (Exp(clamped + clamped) + one);
        far = Vector512.ConditionalSelect(Vector512.LessThan(x, Vector512<float>.Zero), -far, far);
        return Vector512.ConditionalSelect(Vector512.LessThan(magnitude, Vector512.Create(TanhSeriesLimit)), near, far);
    }

    /// <summary>tanh for eight lanes, bit-identical to <see cref="Tanh(float)"/> in each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Tanh(Vector256<float> x)
    {
        var magnitude = Vector256.Abs(x);
        var s = x * x;
        var series = Vector256.Create(T9) * s + Vector256.Create(T7);
        series = series * s + Vector256.Create(T5);
        series = series * s + Vector256.Create(T3);
        var near = x + (x * s) * series;

        var saturation = Vector256.Create(TanhSaturation);
        var clamped = Vector256.ConditionalSelect(Vector256.GreaterThan(magnitude, saturation), saturation, magnitude);
        var one = Vector256<float>.One;
        var far = one - Vector256.Create(2f) / (Exp(clamped + clamped) + one);
        far = Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<float>.Zero), -far, far);
        return Vector256.ConditionalSelect(Vector256.LessThan(magnitude, Vector256.Create(TanhSeriesLimit)), near, far);
    }

    /// <summary>The logistic function 1 / (1 + e^-x).</summary>
    public static float Sigmoid(float x) => 1f / (1f + Exp(-x));

    /// <summary>The logistic function for sixteen lanes, bit-identical to the scalar form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Sigmoid(Vector512<float> x) =>
        Vector512<float>.One / (Vector512<float>.One + Exp(-x));

    /// <summary>The logistic function for eight lanes, bit-identical to the scalar form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Sigmoid(Vector256<float> x) =>
        Vector256<float>.One / (Vector256<float>.One + Exp(-x));

    /// <summary>Natural logarithm; NaN below zero, negative infinity at zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float Log(float x)
    {
        if (float.IsNaN(x) || x < 0f)
        {
            return float.NaN;
        }

        if (x == 0f)
        {
            return float.NegativeInfinity;
        }

        if (float.IsPositiveInfinity(x))
        {
            return x;
        }

        var exponent = 0;
        if (x < SmallestNormal)
        {
            x *= 8388608f;
            exponent = -23;
        }

        var bits = BitConverter.SingleToInt32Bits(x);
        exponent += ((bits >> 23) & 0xff) - 127;
        var m = BitConverter.Int32BitsToSingle((bits & 0x007fffff) | 0x3f800000);
        if (m > Sqrt2)
        {
            m *= 0.5f;
            exponent++;
        }

        var s = (m - 1f) / (m + 1f);
        var s2 = s * s;
        var series = (((s2 * (1f / 9f) + 1f / 7f) * s2 + 1f / 5f) * s2 + 1f / 3f) * s2;
        var logM = (s + s) + (s + s) * series;
        float e = exponent;
        return e * Ln2High + (logM + e * Ln2Low);
    }
}
