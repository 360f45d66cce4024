using ItdOrleans.Core.Kernels;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Core.Network;

/// <summary>
/// Fixed random feedback matrices, drawn once and never updated: B[l] shaped like W[l] for
/// feedback alignment, and D[l] (classes x width of layer l's output) for direct feedback.
/// </summary>
internal sealed class FeedbackMatrices
{
    private readonly int[] _sizes;

    public FeedbackMatrices(int[] sizes, float[][] layer, float[][] direct)
    {
        _sizes = sizes;
        Layer = layer;
        Direct = direct;
        LayerTransposed = new float[layer.Length][];
        for (var l = 0; l < layer.Length; l++)
        {
            LayerTransposed[l] = new float[layer[l].Length];
        }

        RefreshTransposes();
    }

    /// <summary>B[l] (sizes[l] x sizes[l + 1]); empty when the rule does not use them.</summary>
    public float[][] Layer { get; }

    /// <summary>B[l] transposed (sizes[l + 1] x sizes[l]), the path errors travel down.</summary>
    public float[][] LayerTransposed { get; }

    /// <summary>D[l] (classes x sizes[l + 1]) for the hidden layers l = 0 .. L - 2; empty when unused.</summary>
    public float[][] Direct { get; }

    /// <summary>Recomputes the transposes after <see cref="Layer"/> was overwritten.</summary>
    public void RefreshTransposes()
    {
        for (var l = 0; l < Layer.Length; l++)
        {
            DenseKernels.Transpose(Layer[l], _sizes[l], _sizes[l + 1], LayerTransposed[l]);
        }
    }

    /// <summary>Draws the matrices a rule needs from the named initialisation.</summary>
    public static FeedbackMatrices Create(
        int[] sizes, FeedbackKind kind, string initialisation, RandomStream random)
    {
        var layers = sizes.Length - 1;
        var layer = new float[kind == FeedbackKind.Layerwise ? layers : 0][];
        for (var l = 0; l < layer.Length; l++)
        {
            layer[l] = WeightInitialisation.Draw(initialisation, sizes[l], sizes[l + 1], random);
        }

        var direct = new float[kind == FeedbackKind.Direct ? layers - 1 : 0][];
        for (var l = 0; l < direct.Length; l++)
        {
            direct[l] = WeightInitialisation.Draw(initialisation, sizes[^1], sizes[l + 1], random);
        }

        return new FeedbackMatrices(sizes, layer, direct);
    }
}
