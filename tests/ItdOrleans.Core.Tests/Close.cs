namespace ItdOrleans.Core.Tests;

/// <summary>Assertions that float32 results match float64 expectations to a relative error.</summary>
internal static class Close
{
    public static void Equal(double expected, double actual, double relative, string what)
    {
        var allowed = relative * Math.Max(Math.Abs(expected), 1e-2);
        Assert.True(
            Math.Abs(expected - actual) <= allowed,
            $"{what}: expected {expected:R}, got {actual:R} (allowed difference {allowed:G3})");
    }

    public static void All(ReadOnlySpan<double> expected, ReadOnlySpan<float> actual, double relative, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Equal(expected[i], actual[i], relative, $"{what}[{i}]");
        }
    }
}
