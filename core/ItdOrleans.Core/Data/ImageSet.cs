using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ItdOrleans.Core.Data;

/// <summary>
/// Labelled images held as compressed sparse rows of pixel values in [0, 1], uncentred; shared
/// by every run in the process, so its arrays are visible to the core alone, which only reads them.
/// </summary>
/// <remarks>
/// Handwritten digits are mostly background: about one pixel in five is non-zero, so the
/// input layer, which holds almost all of a step's arithmetic, works on the sparse rows.
/// Centring by a mean vector is folded into the products by the network, never stored.
/// </remarks>
public sealed class ImageSet
{
    private ImageSet(int features, int[] rowStart, ushort[] columns, float[] values, byte[] labels)
    {
        Features = features;
        RowStart = rowStart;
        Columns = columns;
        Values = values;
        Labels = labels;
    }

    /// <summary>Number of images.</summary>
    public int Count => Labels.Length;

    /// <summary>Pixels per image (784 for 28 x 28).</summary>
    public int Features { get; }

    /// <summary>Row i's non-zero pixels are at [RowStart[i], RowStart[i + 1]).</summary>
    internal int[] RowStart { get; }

    /// <summary>Pixel index of each non-zero value.</summary>
    internal ushort[] Columns { get; }

    /// <summary>Non-zero pixel values, scaled to [0, 1].</summary>
    internal float[] Values { get; }

    /// <summary>Class label of each image.</summary>
    internal byte[] Labels { get; }

    /// <summary>Builds a set from raw bytes, row-major, one byte per pixel.</summary>
    public static ImageSet FromPixels(ReadOnlySpan<byte> pixels, int features, ReadOnlySpan<byte> labels)
    {
        if (features <= 0 || features > ushort.MaxValue + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(features), features, "pixels per image");
        }

        if (pixels.Length != labels.Length * features)
        {
            throw new ArgumentException(
                $"{pixels.Length} pixels do not make {labels.Length} images of {features} pixels");
        }

        var nonZero = pixels.Length - pixels.Count((byte)0);
        var rowStart = new int[labels.Length + 1];
        var columns = new ushort[nonZero];
        var values = new float[nonZero];
        var next = 0;
        for (var row = 0; row < labels.Length; row++)
        {
            rowStart[row] = next;
            var image = pixels.Slice(row * features, features);
            for (var pixel = 0; pixel < features; pixel++)
            {
                if (image[pixel] != 0)
                {
                    columns[next] = (ushort)pixel;
                    values[next] = image[pixel] / 255f;
                    next++;
                }
            }
        }

        rowStart[labels.Length] = next;
        return new ImageSet(features, rowStart, columns, values, labels.ToArray());
    }

    /// <summary>The images [start, start + count) as a set of their own.</summary>
    public ImageSet Slice(int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, Count);

        var first = RowStart[start];
        var last = RowStart[start + count];
        var rowStart = new int[count + 1];
        for (var row = 0; row <= count; row++)
        {
            rowStart[row] = RowStart[start + row] - first;
        }

        return new ImageSet(
            Features,
            rowStart,
            Columns[first..last],
            Values[first..last],
            Labels[start..(start + count)]);
    }

    /// <summary>The mean image, in float64 summation for an order-independent result.</summary>
    public float[] Mean()
    {
        var sums = new double[Features];
        for (var i = 0; i < Values.Length; i++)
        {
            sums[Columns[i]] += Values[i];
        }

        var mean = new float[Features];
        for (var pixel = 0; pixel < Features; pixel++)
        {
            mean[pixel] = (float)(sums[pixel] / Count);
        }

        return mean;
    }

    /// <summary>Adds every pixel and label of this set to a running hash.</summary>
    internal void AppendTo(IncrementalHash hash)
    {
        hash.AppendData(BitConverter.GetBytes(Features));
        hash.AppendData(MemoryMarshal.AsBytes(RowStart.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(Columns.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(Values.AsSpan()));
        hash.AppendData(Labels);
    }

    /// <summary>Bytes held by this set's arrays.</summary>
    public long SizeInBytes =>
        RowStart.Length * 4L + Columns.Length * 2L + Values.Length * 4L + Labels.Length;
}
