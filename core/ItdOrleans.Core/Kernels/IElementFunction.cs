using System.Runtime.Intrinsics;

namespace ItdOrleans.Core.Kernels;

/// <summary>A function of one float whose vector forms give, lane by lane, the scalar form's bits.</summary>
internal interface IElementFunction
{
    static abstract float Scalar(float x);

    static abstract Vector512<float> Wide(Vector512<float> x);

    static abstract Vector256<float> Narrow(Vector256<float> x);
}
