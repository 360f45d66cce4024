namespace ItdOrleans.Core.Tests.Reference;

/// <summary>
/// A float64 multilayer perceptron written as plainly as possible, loops and all, to check the
/// fast kernels' gradients against: row-major matrices, weights fan_in x fan_out.
/// </summary>
internal sealed class PlainNetwork(int[] sizes, double[][] weights, string activation)
{
    private readonly Func<double, double> _function = activation switch
    {
        "tanh" => Math.Tanh,
        "sigmoid" => z => 1 / (1 + Math.Exp(-z)),
        "relu" => z => Math.Max(0, z),
        _ => throw new ArgumentException(activation),
    };

    // The derivative written in terms of the activation's output h, as backpropagation uses it.
    private readonly Func<double, double> _derivative = activation switch
    {
        "tanh" => h => 1 - h * h,
        "sigmoid" => h => h * (1 - h),
        "relu" => h => h > 0 ? 1 : 0,
        _ => throw new ArgumentException(activation),
    };

    private int Last => sizes.Length - 2;

    /// <summary>Every layer's input h[l] (rows x sizes[l]), the logits last.</summary>
    public List<double[]> Forward(double[] input, int rows)
    {
        var layers = new List<double[]> { input };
        for (var l = 0; l <= Last; l++)
        {
            var z = Multiply(layers[l], rows, sizes[l], weights[l], sizes[l + 1]);
            layers.Add(l < Last ? z.Select(_function).ToArray() : z);
        }

        return layers;
    }

    /// <summary>The softmax cross-entropy error (p - onehot(y)) / rows of the logits.</summary>
    public double[] OutputError(double[] logits, byte[] labels)
    {
        var classes = sizes[^1];
        var error = new double[logits.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var row = logits.AsSpan(i * classes, classes);
            var max = row.ToArray().Max();
            var sum = row.ToArray().Sum(z => Math.Exp(z - max));
            for (var c = 0; c < classes; c++)
            {
                var p = Math.Exp(row[c] - max) / sum;
                error[i * classes + c] = (p - (c == labels[i] ? 1 : 0)) / labels.Length;
            }
        }

        return error;
    }

    /// <summary>Weight gradients by backpropagation through the transposed weights.</summary>
    public double[][] BackpropGradients(double[] input, byte[] labels)
    {
        var rows = labels.Length;
        var h = Forward(input, rows);
        var delta = OutputError(h[^1], labels);
        var gradients = new double[Last + 1][];
        for (var l = Last; l >= 0; l--)
        {
            if (l < Last)
            {
                delta = delta.Select((d, i) => d * _derivative(h[l + 1][i])).ToArray();
            }

            gradients[l] = Multiply(Transpose(h[l], rows, sizes[l]), sizes[l], rows, delta, sizes[l + 1]);
            delta = Multiply(delta, rows, sizes[l + 1], Transpose(weights[l], sizes[l], sizes[l + 1]), sizes[l]);
        }

        return gradients;
    }

    /// <summary>Weight gradients by direct feedback alignment: e D[l] times the derivative at each hidden layer.</summary>
    public double[][] DirectFeedbackGradients(double[] input, byte[] labels, double[][] direct)
    {
        var rows = labels.Length;
        var h = Forward(input, rows);
        var error = OutputError(h[^1], labels);
        var gradients = new double[Last + 1][];
        for (var l = 0; l <= Last; l++)
        {
            var delta = l == Last
                ? error
                : Multiply(error, rows, sizes[^1], direct[l], sizes[l + 1])
                    .Select((d, i) => d * _derivative(h[l + 1][i])).ToArray();
            gradients[l] = Multiply(Transpose(h[l], rows, sizes[l]), sizes[l], rows, delta, sizes[l + 1]);
        }

        return gradients;
    }

    /// <summary>a (rows x inner) times b (inner x columns).</summary>
    private static double[] Multiply(double[] a, int rows, int inner, double[] b, int columns)
    {
        var product = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                for (var k = 0; k < inner; k++)
                {
                    product[i * columns + j] += a[i * inner + k] * b[k * columns + j];
                }
            }
        }

        return product;
    }

    private static double[] Transpose(double[] a, int rows, int columns)
    {
        var transposed = new double[a.Length];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                transposed[j * rows + i] = a[i * columns + j];
            }
        }

        return transposed;
    }
}
