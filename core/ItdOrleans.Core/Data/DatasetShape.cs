namespace ItdOrleans.Core.Data;

/// <summary>The size of a dataset as training sees it, known before its files are read.</summary>
/// <param name="TrainingImages">Training images once validation is split off.</param>
/// <param name="Pixels">Pixels per image, the network's input width.</param>
/// <param name="Classes">Classes, the network's output width.</param>
public sealed record DatasetShape(int TrainingImages, int Pixels, int Classes)
{
    /// <summary>
    /// Weights and biases of a network from this input to these classes through
    /// <paramref name="hiddenLayers"/> layers of <paramref name="hiddenWidth"/> units, saturating at
    /// <see cref="long.MaxValue"/>.
    /// </summary>
    public long ParameterCount(int hiddenWidth, int hiddenLayers)
    {
        var (width, layers) = ((Int128)hiddenWidth, (Int128)hiddenLayers);
        var total = layers == 0
            ? (Int128)Pixels * Classes + Classes
            : Pixels * width + width + (layers - 1) * (width * width + width) + width * Classes + Classes;
        return (long)Int128.Min(total, long.MaxValue);
    }
}
