using ItdOrleans.Core.Kernels;

namespace ItdOrleans.Core.Optimisers;

/// <summary>
/// Adam: running means of the gradient and its square, bias-corrected by folding the
/// correction into the step size.
/// </summary>
/// <remarks>
/// This is the efficient form from Kingma and Ba's algorithm notes: the step is
/// rate * sqrt(1 - beta2^t) / (1 - beta1^t) * m / (sqrt(v) + epsilon), so epsilon is added to the
/// uncorrected sqrt(v). It differs from the textbook form only where sqrt(v) is near epsilon.
/// </remarks>
internal sealed class AdamOptimiser(float learningRate, double beta1, double beta2, IReadOnlyList<int> slotSizes)
    : IOptimiser
{
    private const float Epsilon = 1e-8f;
    private readonly float[][] _first = OptimiserState.Zeros(slotSizes);
    private readonly float[][] _second = OptimiserState.Zeros(slotSizes);
    private double _power1 = 1.0;
    private double _power2 = 1.0;
    private float _rate;

    public string Name => "adam";

    public void BeginStep()
    {
        _power1 *= beta1;
        _power2 *= beta2;
        var correction1 = 1.0 - _power1;
        var correction2 = 1.0 - _power2;
        _rate = (float)(learningRate * Math.Sqrt(correction2) / correction1);
    }

    public void Update(int slot, Span<float> parameters, ReadOnlySpan<float> gradient) =>
        ElementKernels.AdamStep(
            parameters, _first[slot], _second[slot], gradient, (float)beta1, (float)beta2, _rate, Epsilon);

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_power1);
        writer.Write(_power2);
        writer.Write(_rate);
        OptimiserState.Write(writer, _first);
        OptimiserState.Write(writer, _second);
    }

    public void ReadState(BinaryReader reader)
    {
        _power1 = reader.ReadDouble();
        _power2 = reader.ReadDouble();
        _rate = reader.ReadSingle();
        OptimiserState.Read(reader, _first);
        OptimiserState.Read(reader, _second);
    }
}
