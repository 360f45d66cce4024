using System.Runtime.CompilerServices;
namespace ItdOrleans.Core.Network;

/// <summary>The rectifier max(0, x); its derivative is 1 where the output is positive, else 0.</summary>
internal sealed class ReluActivation : IActivation
{
    public string Name => "relu";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(Span<float> x)
    {
        for (var j = 0; j < x.Length; j++)
        {
            x[j] = x[j] > 0f ? x[j] : 0f;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MultiplyByDerivative(ReadOnlySpan<float> h, Span<float> d)
    {
        for (var j = 0; j < d.Length; j++)
        {
            d[j] = h[j] > 0f ? d[j] : 0f;
        }
    }
}
