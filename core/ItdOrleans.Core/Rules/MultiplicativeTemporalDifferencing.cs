namespace ItdOrleans.Core.Rules;

/// <summary>
/// itd-mul, multiplicative iterative temporal differencing: as itd, but each hidden layer's
/// error is the arriving error times its change since the previous iteration, d (d - q).
/// </summary>
internal sealed class MultiplicativeTemporalDifferencing(int[] sizes, int rows)
    : TemporalDifferenceRule(sizes, rows)
{
    public override string Name => "itd-mul";

    protected override void Compare(Span<float> delta, ReadOnlySpan<float> carried) =>
        Kernels.ElementKernels.MultiplyByDifference(delta, carried);
}
