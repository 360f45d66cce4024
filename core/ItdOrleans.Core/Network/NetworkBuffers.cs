namespace ItdOrleans.Core.Network;

/// <summary>
/// Preallocated working memory for passes of up to <see cref="Capacity"/> rows through one
/// network shape: layer outputs, output error, per-layer errors and gradients.
/// </summary>
internal sealed class NetworkBuffers
{
    public NetworkBuffers(int[] sizes, int capacity, bool withGradients)
    {
        var layers = sizes.Length - 1;
        Capacity = capacity;
        Hidden = new float[layers][];
        for (var l = 1; l < layers; l++)
        {
            Hidden[l] = new float[capacity * sizes[l]];
        }

        Logits = new float[capacity * sizes[^1]];
        Centre = new float[sizes[1]];
        OutputError = new float[withGradients ? capacity * sizes[^1] : 0];
        Deltas = new float[layers][];
        WeightGradients = new float[layers][];
        BiasGradients = new float[layers][];
        Transposed = new float[layers][];
        for (var l = 0; l < layers; l++)
        {
            var size = withGradients ? 1 : 0;
            Deltas[l] = new float[size * capacity * sizes[l + 1]];
            WeightGradients[l] = new float[size * sizes[l] * sizes[l + 1]];
            BiasGradients[l] = new float[size * sizes[l + 1]];
            Transposed[l] = new float[size * sizes[l] * sizes[l + 1]];
        }
    }

    /// <summary>Most rows a pass may have.</summary>
    public int Capacity { get; }

    /// <summary>Hidden[l] (rows x sizes[l]) is the output of hidden layer l, for l = 1 .. L - 1.</summary>
    public float[][] Hidden { get; }

    /// <summary>The output layer's pre-softmax values (rows x classes).</summary>
    public float[] Logits { get; }

    /// <summary>The centring row mu W[0] (sizes[1]).</summary>
    public float[] Centre { get; }

    /// <summary>e = (softmax - one-hot) / rows (rows x classes).</summary>
    public float[] OutputError { get; }

    /// <summary>Deltas[l] (rows x sizes[l + 1]): the error arriving at the output of layer l.</summary>
    public float[][] Deltas { get; }

    public float[][] WeightGradients { get; }

    public float[][] BiasGradients { get; }

    /// <summary>Scratch for a transposed weight matrix of each layer (sizes[l + 1] x sizes[l]).</summary>
    public float[][] Transposed { get; }
}
