namespace ItdOrleans.Core.Rules;

/// <summary>
/// itd, subtractive iterative temporal differencing: feedback alignment in which each hidden
/// layer's error is the arriving error minus the previous iteration's output error carried down
/// the same fixed random path (d - q), instead of the error times the activation's derivative.
/// </summary>
internal sealed class IterativeTemporalDifferencing(int[] sizes, int rows) : TemporalDifferenceRule(sizes, rows)
{
    public override string Name => "itd";

    protected override void Compare(Span<float> delta, ReadOnlySpan<float> carried) =>
        Kernels.ElementKernels.Subtract(delta, carried);
}
