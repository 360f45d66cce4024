using System.Runtime.Intrinsics;
using ItdOrleans.Core.Kernels;

namespace ItdOrleans.Core.Tests;

public sealed class FixedMathTests
{
    private static float[] Inputs(float range, int count, int seed)
    {
        var random = new Random(seed);
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)((2 * random.NextDouble() - 1) * range * Math.Pow(random.NextDouble(), 3));
        }

        values[0] = 0f;
        values[^1] = range;
        return values;
    }

    [Fact]
    public void ExpIsAccurate()
    {
        foreach (var x in Inputs(80f, 20_000, 1))
        {
            Close.Equal(Math.Exp(x), FixedMath.Exp(x), 3e-7, $"exp({x:R})");
        }
    }

    [Fact]
    public void TanhIsAccurate()
    {
        foreach (var x in Inputs(12f, 20_000, 2))
        {
            var expected = Math.Tanh(x);
            var allowed = 4e-7 * Math.Max(Math.Abs(expected), 1e-6);
            Assert.True(Math.Abs(expected - FixedMath.Tanh(x)) <= allowed, $"tanh({x:R}) = {FixedMath.Tanh(x):R}");
        }
    }

    [Fact]
    public void SigmoidIsAccurate()
    {
        foreach (var x in Inputs(30f, 20_000, 3))
        {
            Close.Equal(1 / (1 + Math.Exp(-x)), FixedMath.Sigmoid(x), 5e-7, $"sigmoid({x:R})");
        }
    }

    [Fact]
    public void LogIsAccurate()
    {
        var random = new Random(4);
        for (var i = 0; i < 20_000; i++)
        {
            var x = (float)Math.Exp((random.NextDouble() - 0.5) * 160);
            var allowed = 3e-7 * Math.Max(Math.Abs(Math.Log(x)), 1.0);
            Assert.True(Math.Abs(Math.Log(x) - FixedMath.Log(x)) <= allowed, $"log({x:R}) = {FixedMath.Log(x):R}");
        }

        Assert.Equal(0f, FixedMath.Log(1f));
        Assert.Equal(float.NegativeInfinity, FixedMath.Log(0f));
        Assert.True(float.IsNaN(FixedMath.Log(-1f)));
        Close.Equal(Math.Log((double)1e-42f), FixedMath.Log(1e-42f), 1e-6, "log of a subnormal");
    }

    [Fact]
    public void NotANumberStaysNotANumber()
    {
        Assert.True(float.IsNaN(FixedMath.Exp(float.NaN)));
        Assert.True(float.IsNaN(FixedMath.Tanh(float.NaN)));
        Assert.True(float.IsNaN(FixedMath.Tanh(Vector512.Create(float.NaN)).GetElement(3)));
        Assert.True(float.IsNaN(FixedMath.Exp(Vector256.Create(float.NaN)).GetElement(5)));
    }

    [Fact]
    public void VectorLanesEqualTheScalarBitForBit()
    {
        var inputs = Inputs(100f, 4_096, 5);
        for (var i = 0; i + 16 <= inputs.Length; i += 16)
        {
            var wide = Vector512.Create(inputs.AsSpan(i, 16));
            var narrow = Vector256.Create(inputs.AsSpan(i, 8));
            var tanh = FixedMath.Tanh(wide);
            var exp = FixedMath.Exp(wide);
            var sigmoid = FixedMath.Sigmoid(wide);
            var tanhNarrow = FixedMath.Tanh(narrow);
            var expNarrow = FixedMath.Exp(narrow);
            var sigmoidNarrow = FixedMath.Sigmoid(narrow);
            for (var lane = 0; lane < 16; lane++)
            {
                var x = inputs[i + lane];
                Assert.Equal(Bits(FixedMath.Tanh(x)), Bits(tanh.GetElement(lane)));
                Assert.Equal(Bits(FixedMath.Exp(x)), Bits(exp.GetElement(lane)));
                Assert.Equal(Bits(FixedMath.Sigmoid(x)), Bits(sigmoid.GetElement(lane)));
                if (lane < 8)
                {
                    Assert.Equal(Bits(FixedMath.Tanh(x)), Bits(tanhNarrow.GetElement(lane)));
                    Assert.Equal(Bits(FixedMath.Exp(x)), Bits(expNarrow.GetElement(lane)));
                    Assert.Equal(Bits(FixedMath.Sigmoid(x)), Bits(sigmoidNarrow.GetElement(lane)));
                }
            }
        }
    }

    private static int Bits(float value) => BitConverter.SingleToInt32Bits(value);

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(40)]
    public void SpanFormsEqualTheScalarBitForBit(int length)
    {
        var inputs = Inputs(20f, length, 6);
        var exp = new float[length];
        FixedMath.Exp(inputs, exp);
        var tanh = (float[])inputs.Clone();
        new Network.TanhActivation().Apply(tanh);
        var sigmoid = (float[])inputs.Clone();
        new Network.SigmoidActivation().Apply(sigmoid);
        for (var i = 0; i < length; i++)
        {
            Assert.Equal(Bits(FixedMath.Exp(inputs[i])), Bits(exp[i]));
            Assert.Equal(Bits(FixedMath.Tanh(inputs[i])), Bits(tanh[i]));
            Assert.Equal(Bits(FixedMath.Sigmoid(inputs[i])), Bits(sigmoid[i]));
        }
    }
}
