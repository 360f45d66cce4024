using ItdOrleans.Core.Kernels;
using ItdOrleans.Core.Network;

namespace ItdOrleans.Core.Rules;

/// <summary>
/// The memory shared by the iterative temporal differencing rules: the previous iteration's
/// output error, carried down the same fixed random feedback path as this iteration's error.
/// </summary>
/// <remarks>
/// These rules come from "Iterative temporal differencing with random synaptic feedback weights
/// support error backpropagation for deep learning". The memory starts at zero. At each hidden
/// layer the rule compares the arriving error d with the carried memory q, in place of the
/// activation's derivative. After the pass the memory becomes this iteration's output error,
/// row by row. The previous minibatch holds other samples; the rules compare them anyway.
/// </remarks>
internal abstract class TemporalDifferenceRule : LayerwiseRule
{
    private readonly float[] _memory;
    private readonly float[][] _carried;

    protected TemporalDifferenceRule(int[] sizes, int rows)
    {
        _memory = new float[rows * sizes[^1]];
        _carried = new float[sizes.Length - 1][];
        for (var l = 0; l < _carried.Length; l++)
        {
            _carried[l] = new float[rows * sizes[l + 1]];
        }
    }

    public override void WriteState(BinaryWriter writer)
    {
        writer.Write(_memory.Length);
        foreach (var value in _memory)
        {
            writer.Write(value);
        }
    }

    public override void ReadState(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length != _memory.Length)
        {
            throw new InvalidDataException($"error memory of {length} values, expected {_memory.Length}");
        }

        for (var i = 0; i < length; i++)
        {
            _memory[i] = reader.ReadSingle();
        }
    }

    /// <summary>Compares the arriving error (rows x width) with the carried memory q, in place.</summary>
    protected abstract void Compare(Span<float> delta, ReadOnlySpan<float> carried);

    protected sealed override void ShapeError(Mlp network, NetworkBuffers buffers, int layer, Span<float> delta) =>
        Compare(delta, _carried[layer].AsSpan(0, delta.Length));

    protected sealed override void BeginBackward(NetworkBuffers buffers, int rows) =>
        _memory.CopyTo(_carried[^1], 0);

    protected sealed override void Carry(FeedbackMatrices feedback, int[] sizes, int layer, int rows) =>
        DenseKernels.Multiply(
            _carried[layer], rows, sizes[layer + 1],
            feedback.LayerTransposed[layer], sizes[layer], _carried[layer - 1]);

    protected sealed override void EndBackward(NetworkBuffers buffers, int rows) =>
        buffers.OutputError.AsSpan(0, _memory.Length).CopyTo(_memory);
}
