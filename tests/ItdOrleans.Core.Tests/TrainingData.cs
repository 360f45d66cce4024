using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Tests;

/// <summary>A small learnable synthetic dataset for training tests.</summary>
internal static class TrainingData
{
    private static readonly Lazy<DatasetSplits> SharedSynthetic = new(() => Synthetic(1_200, 200, 64, 7));

    /// <summary>A 64-pixel synthetic dataset named "synthetic", shared by the trainer tests.</summary>
    public static DatasetSplits SmallSynthetic => SharedSynthetic.Value;

    /// <summary>
    /// Sparse random noise images in which the pixels of one block, the class's, are bright,
    /// so a network can learn the label.
    /// </summary>
    public static DatasetSplits Synthetic(int trainCount, int testCount, int features, int seed)
    {
        var random = new Random(seed);
        var block = features / 10;
        ImageSet Make(int count)
        {
            var pixels = new byte[count * features];
            var labels = new byte[count];
            for (var i = 0; i < count; i++)
            {
                var row = pixels.AsSpan(i * features, features);
                for (var p = 0; p < features; p++)
                {
                    row[p] = random.NextDouble() < 0.2 ? (byte)random.Next(1, 160) : (byte)0;
                }

                labels[i] = (byte)random.Next(10);
                for (var p = labels[i] * block; p < (labels[i] + 1) * block; p++)
                {
                    row[p] = (byte)random.Next(160, 256);
                }
            }

            return ImageSet.FromPixels(pixels, features, labels);
        }

        return DatasetSplits.Create("synthetic", "generated", Make(trainCount), Make(testCount), trainCount / 5);
    }
}
