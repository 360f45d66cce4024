using System.Runtime.Intrinsics;

namespace ItdOrleans.Core.Kernels;

/// <summary>The hyperbolic tangent as an element function.</summary>
internal readonly struct TanhFunction : IElementFunction
{
    public static float Scalar(float x) => FixedMath.Tanh(x);

    public static Vector512<float> Wide(Vector512<float> x) => FixedMath.Tanh(x);

    public static Vector256<float> Narrow(Vector256<float> x) => FixedMath.Tanh(x);
}
