using ItdOrleans.Core.Data;
using ItdOrleans.Core.Kernels;

namespace ItdOrleans.Core.Tests;

/// <summary>Each kernel against a plain scalar loop, at widths that use every vector path.</summary>
public sealed class KernelTests
{
    public static TheoryData<int> Widths => [1, 7, 10, 16, 32, 41, 64];

    private static float[] Random(int count, int seed)
    {
        var random = new Random(seed);
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)(2 * random.NextDouble() - 1);
        }

        return values;
    }

    private static void SameBits(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                BitConverter.SingleToInt32Bits(expected[i]) == BitConverter.SingleToInt32Bits(actual[i]),
                $"element {i}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void MultiplyMatchesScalarLoop(int cols)
    {
        const int rows = 5, inner = 13;
        var a = Random(rows * inner, 1);
        var w = Random(inner * cols, 2);
        var expected = new float[rows * cols];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                var sum = 0f;
                for (var k = 0; k < inner; k++)
                {
                    sum += a[i * inner + k] * w[k * cols + j];
                }

                expected[i * cols + j] = sum;
            }
        }

        var actual = new float[rows * cols];
        DenseKernels.Multiply(a, rows, inner, w, cols, actual);
        SameBits(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void TransposedProductMatchesScalarLoop(int cols)
    {
        const int rows = 9, inner = 6;
        var a = Random(rows * inner, 3);
        var d = Random(rows * cols, 4);
        var expected = new float[inner * cols];
        for (var k = 0; k < inner; k++)
        {
            for (var j = 0; j < cols; j++)
            {
                var sum = 0f;
                for (var i = 0; i < rows; i++)
                {
                    sum += a[i * inner + k] * d[i * cols + j];
                }

                expected[k * cols + j] = sum;
            }
        }

        var actual = new float[inner * cols];
        DenseKernels.TransposedProduct(a, rows, inner, d, cols, actual);
        SameBits(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void RowKernelsMatchScalarLoops(int cols)
    {
        const int rows = 4;
        var m = Random(rows * cols, 5);
        var row = Random(cols, 6);
        var mean = Random(3, 7);

        var sums = new float[cols];
        DenseKernels.ColumnSums(m, rows, cols, sums);
        var added = (float[])m.Clone();
        DenseKernels.AddToRows(added, rows, cols, row);
        var subtracted = (float[])m.Clone();
        DenseKernels.SubtractFromRows(subtracted, rows, cols, row);
        var outer = new float[3 * cols];
        DenseKernels.SetNegatedOuter(mean, row, cols, outer);
        var transposed = new float[rows * cols];
        DenseKernels.Transpose(m, rows, cols, transposed);

        var expectedSums = new float[cols];
        var expectedAdded = new float[rows * cols];
        var expectedSubtracted = new float[rows * cols];
        var expectedOuter = new float[3 * cols];
        var expectedTransposed = new float[rows * cols];
        for (var j = 0; j < cols; j++)
        {
            for (var i = 0; i < rows; i++)
            {
                expectedSums[j] += m[i * cols + j];
                expectedAdded[i * cols + j] = m[i * cols + j] + row[j];
                expectedSubtracted[i * cols + j] = m[i * cols + j] - row[j];
                expectedTransposed[j * rows + i] = m[i * cols + j];
            }

            for (var k = 0; k < 3; k++)
            {
                expectedOuter[k * cols + j] = -(mean[k] * row[j]);
            }
        }

        SameBits(expectedSums, sums);
        SameBits(expectedAdded, added);
        SameBits(expectedSubtracted, subtracted);
        SameBits(expectedOuter, outer);
        SameBits(expectedTransposed, transposed);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void ElementKernelsMatchScalarLoops(int n)
    {
        var a = Random(n, 8);
        var b = Random(n, 9);
        var p = Random(n, 10);
        var m = Random(n, 11);
        var v = Random(n, 12).Select(Math.Abs).ToArray();

        var add = (float[])a.Clone();
        ElementKernels.Add(add, b);
        var subtract = (float[])a.Clone();
        ElementKernels.Subtract(subtract, b);
        var addScaled = (float[])a.Clone();
        ElementKernels.AddScaled(addScaled, 0.3f, b);
        var subtractScaled = (float[])a.Clone();
        ElementKernels.SubtractScaled(subtractScaled, 0.3f, b);
        var negated = new float[n];
        ElementKernels.SetNegatedScaled(negated, 0.7f, b);
        var difference = (float[])a.Clone();
        ElementKernels.MultiplyByDifference(difference, b);
        var (adamP, adamM, adamV) = ((float[])p.Clone(), (float[])m.Clone(), (float[])v.Clone());
        ElementKernels.AdamStep(adamP, adamM, adamV, b, 0.9f, 0.999f, 0.01f, 1e-8f);
        var (momentumP, velocity) = ((float[])p.Clone(), (float[])m.Clone());
        ElementKernels.MomentumStep(momentumP, velocity, b, 0.9f, 0.01f);

        for (var j = 0; j < n; j++)
        {
            Assert.Equal(a[j] + b[j], add[j]);
            Assert.Equal(a[j] - b[j], subtract[j]);
            Assert.Equal(a[j] + 0.3f * b[j], addScaled[j]);
            Assert.Equal(a[j] - 0.3f * b[j], subtractScaled[j]);
            Assert.Equal(-(0.7f * b[j]), negated[j]);
            Assert.Equal(a[j] * (a[j] - b[j]), difference[j]);

            var mj = 0.9f * m[j] + (1f - 0.9f) * b[j];
            var vj = 0.999f * v[j] + (1f - 0.999f) * (b[j] * b[j]);
            Assert.Equal(mj, adamM[j]);
            Assert.Equal(vj, adamV[j]);
            Assert.Equal(p[j] - (0.01f * mj) / (MathF.Sqrt(vj) + 1e-8f), adamP[j]);

            var velocityJ = 0.9f * m[j] + b[j];
            Assert.Equal(velocityJ, velocity[j]);
            Assert.Equal(p[j] - 0.01f * velocityJ, momentumP[j]);
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void SparseKernelsMatchScalarLoopsOverDenseRows(int cols)
    {
        const int features = 20;
        var set = SparseSet(features, 12, 13);
        int[] picked = [3, 0, 11, 3, 7];
        var dense = DenseRows(set, picked);
        var w = Random(features * cols, 14);
        var d = Random(picked.Length * cols, 15);

        var expectedProduct = new float[picked.Length * cols];
        var expectedTransposed = Random(features * cols, 16);
        var actualTransposed = (float[])expectedTransposed.Clone();
        for (var i = 0; i < picked.Length; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                var sum = 0f;
                for (var k = 0; k < features; k++)
                {
                    if (dense[i * features + k] != 0f)
                    {
                        sum += dense[i * features + k] * w[k * cols + j];
                        expectedTransposed[k * cols + j] += dense[i * features + k] * d[i * cols + j];
                    }
                }

                expectedProduct[i * cols + j] = sum;
            }
        }

        var actualProduct = new float[picked.Length * cols];
        SparseKernels.Multiply(set, picked, w, cols, actualProduct);
        SparseKernels.AddTransposedProduct(set, picked, d, cols, actualTransposed);
        SameBits(expectedProduct, actualProduct);
        SameBits(expectedTransposed, actualTransposed);
    }

    internal static ImageSet SparseSet(int features, int count, int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[features * count];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = random.NextDouble() < 0.3 ? (byte)random.Next(1, 256) : (byte)0;
        }

        return ImageSet.FromPixels(pixels, features, new byte[count]);
    }

    internal static float[] DenseRows(ImageSet set, int[] picked)
    {
        var dense = new float[picked.Length * set.Features];
        for (var i = 0; i < picked.Length; i++)
        {
            for (var t = set.RowStart[picked[i]]; t < set.RowStart[picked[i] + 1]; t++)
            {
                dense[i * set.Features + set.Columns[t]] = set.Values[t];
            }
        }

        return dense;
    }
}
