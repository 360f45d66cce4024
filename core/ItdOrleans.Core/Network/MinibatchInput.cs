using ItdOrleans.Core.Data;
using ItdOrleans.Core.Kernels;

namespace ItdOrleans.Core.Network;

/// <summary>
/// The first layer's input for one pass: either rows picked from a sparse image set together
/// with the mean image they are centred by, or a dense matrix of rows.
/// </summary>
/// <remarks>
/// Centring is folded into the products, (X - 1 mu) W = X W - 1 (mu W), so sparse rows stay
/// sparse; the gradient's centring term is -mu^T times the column sums of the error.
/// </remarks>
internal sealed class MinibatchInput
{
    private readonly int[] _picked;
    private readonly byte[] _labels;
    private ImageSet? _images;
    private float[]? _mean;
    private float[]? _dense;

    public MinibatchInput(int capacity, int features)
    {
        _picked = new int[capacity];
        _labels = new byte[capacity];
        Features = features;
    }

    /// <summary>Pixels per row.</summary>
    public int Features { get; }

    /// <summary>Rows in the current pass.</summary>
    public int Rows { get; private set; }

    /// <summary>The class label of each current row.</summary>
    public ReadOnlySpan<byte> Labels => _labels.AsSpan(0, Rows);

    /// <summary>The image indices to fill before <see cref="UsePicked"/>.</summary>
    public Span<int> Picked => _picked;

    /// <summary>Uses the first <paramref name="count"/> indices of <see cref="Picked"/> from a set.</summary>
    public void UsePicked(ImageSet set, int count, float[]? mean)
    {
        Use(set, mean);
        Rows = count;
        for (var i = 0; i < count; i++)
        {
            _labels[i] = set.Labels[_picked[i]];
        }
    }

    /// <summary>Uses the images [start, start + count) of a set.</summary>
    public void UseRange(ImageSet set, int start, int count, float[]? mean)
    {
        for (var i = 0; i < count; i++)
        {
            _picked[i] = start + i;
        }

        UsePicked(set, count, mean);
    }

    /// <summary>Uses dense rows (rows x features, row-major), taken as already centred.</summary>
    public void UseDense(float[] rows, ReadOnlySpan<byte> labels)
    {
        if (rows.Length != labels.Length * Features || labels.Length > _labels.Length)
        {
            throw new ArgumentException($"{rows.Length} values are not {labels.Length} rows of {Features}");
        }

        _images = null;
        _mean = null;
        _dense = rows;
        Rows = labels.Length;
        labels.CopyTo(_labels);
    }

    /// <summary>result (rows x cols) = centred input (rows x features) * w (features x cols).</summary>
    public void Multiply(ReadOnlySpan<float> w, int cols, Span<float> centre, Span<float> result)
    {
        if (_dense is not null)
        {
            DenseKernels.Multiply(_dense, Rows, Features, w, cols, result);
            return;
        }

        SparseKernels.Multiply(_images!, _picked.AsSpan(0, Rows), w, cols, result);
        if (_mean is not null)
        {
            DenseKernels.Multiply(_mean, 1, Features, w, cols, centre);
            DenseKernels.SubtractFromRows(result, Rows, cols, centre);
        }
    }

    /// <summary>result (features x cols) = centred input transposed * d (rows x cols), given d's column sums.</summary>
    public void TransposedProduct(ReadOnlySpan<float> d, int cols, ReadOnlySpan<float> columnSums, Span<float> result)
    {
        if (_dense is not null)
        {
            DenseKernels.TransposedProduct(_dense, Rows, Features, d, cols, result);
            return;
        }

        if (_mean is not null)
        {
            DenseKernels.SetNegatedOuter(_mean, columnSums, cols, result);
        }
        else
        {
            result[..(Features * cols)].Clear();
        }

        SparseKernels.AddTransposedProduct(_images!, _picked.AsSpan(0, Rows), d, cols, result);
    }

    private void Use(ImageSet set, float[]? mean)
    {
        if (set.Features != Features || (mean is not null && mean.Length != Features))
        {
            throw new ArgumentException($"images of {set.Features} pixels for an input layer of {Features}");
        }

        _images = set;
        _mean = mean;
        _dense = null;
    }
}
