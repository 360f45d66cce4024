using ItdOrleans.Core.Kernels;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Core.Network;

/// <summary>
/// A fully connected network: hidden layers with one activation, a softmax output. Weights
/// W[l] are fan_in x fan_out row-major, biases are rows; everything is float32.
/// </summary>
internal sealed class Mlp
{
    public Mlp(int[] sizes, float[][] weights, float[][] biases, IActivation activation)
    {
        if (sizes.Length < 2 || weights.Length != sizes.Length - 1 || biases.Length != weights.Length)
        {
            throw new ArgumentException($"{weights.Length} weight matrices for {sizes.Length} layer sizes");
        }

        for (var l = 0; l < weights.Length; l++)
        {
            if (weights[l].Length != sizes[l] * sizes[l + 1] || biases[l].Length != sizes[l + 1])
            {
                throw new ArgumentException($"layer {l} is not {sizes[l]} x {sizes[l + 1]}");
            }
        }

        Sizes = sizes;
        Weights = weights;
        Biases = biases;
        Activation = activation;
    }

    /// <summary>Units per layer, input first, classes last.</summary>
    public int[] Sizes { get; }

    /// <summary>Number of weight layers L.</summary>
    public int LayerCount => Weights.Length;

    public int Classes => Sizes[^1];

    public float[][] Weights { get; }

    public float[][] Biases { get; }

    public IActivation Activation { get; }

    /// <summary>A network with weights drawn by the named initialisation and zero biases.</summary>
    public static Mlp Create(int[] sizes, IActivation activation, string initialisation, RandomStream random)
    {
        var weights = new float[sizes.Length - 1][];
        var biases = new float[sizes.Length - 1][];
        for (var l = 0; l < weights.Length; l++)
        {
            weights[l] = WeightInitialisation.Draw(initialisation, sizes[l], sizes[l + 1], random);
            biases[l] = new float[sizes[l + 1]];
        }

        return new Mlp(sizes, weights, biases, activation);
    }

    /// <summary>Fills the hidden outputs and the logits of the buffers for the input's rows.</summary>
    public void Forward(MinibatchInput input, NetworkBuffers buffers)
    {
        var rows = input.Rows;
        var last = LayerCount - 1;
        var first = last == 0 ? buffers.Logits : buffers.Hidden[1];
        input.Multiply(Weights[0], Sizes[1], buffers.Centre, first);
        DenseKernels.AddToRows(first, rows, Sizes[1], Biases[0]);
        for (var l = 1; l <= last; l++)
        {
            Activation.Apply(buffers.Hidden[l].AsSpan(0, rows * Sizes[l]));
            var output = l == last ? buffers.Logits : buffers.Hidden[l + 1];
            DenseKernels.Multiply(buffers.Hidden[l], rows, Sizes[l], Weights[l], Sizes[l + 1], output);
            DenseKernels.AddToRows(output, rows, Sizes[l + 1], Biases[l]);
        }
    }

    /// <summary>dW[l] = h[l]^T delta and db[l] = column sums of delta, delta being rows x sizes[l + 1].</summary>
    public void Gradients(int layer, MinibatchInput input, NetworkBuffers buffers, ReadOnlySpan<float> delta)
    {
        var rows = input.Rows;
        var width = Sizes[layer + 1];
        DenseKernels.ColumnSums(delta, rows, width, buffers.BiasGradients[layer]);
        if (layer == 0)
        {
            input.TransposedProduct(delta, width, buffers.BiasGradients[0], buffers.WeightGradients[0]);
        }
        else
        {
            DenseKernels.TransposedProduct(
                buffers.Hidden[layer], rows, Sizes[layer], delta, width, buffers.WeightGradients[layer]);
        }
    }
}
