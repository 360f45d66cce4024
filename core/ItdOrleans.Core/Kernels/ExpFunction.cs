using System.Runtime.Intrinsics;

namespace ItdOrleans.Core.Kernels;

/// <summary>The exponential as an element function.</summary>
internal readonly struct ExpFunction : IElementFunction
{
    public static float Scalar(float x) => FixedMath.Exp(x);

    public static Vector512<float> Wide(Vector512<float> x) => FixedMath.Exp(x);

    public static Vector256<float> Narrow(Vector256<float> x) => FixedMath.Exp(x);
}
