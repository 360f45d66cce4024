using System.Runtime.Intrinsics;

namespace ItdOrleans.Core.Kernels;

/// <summary>The logistic function as an element function.</summary>
internal readonly struct SigmoidFunction : IElementFunction
{
    public static float Scalar(float x) => FixedMath.Sigmoid(x);

    public static Vector512<float> Wide(Vector512<float> x) => FixedMath.Sigmoid(x);

    public static Vector256<float> Narrow(Vector256<float> x) => FixedMath.Sigmoid(x);
}
