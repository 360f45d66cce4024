using ItdOrleans.Reports.Statistics;

namespace ItdOrleans.Sweeps.Tests.Reports;

public sealed class PValueTests
{
    [Theory]
    [InlineData(0.00072, "< 0.001")]
    [InlineData(0.0072, "0.0072")]
    [InlineData(0.011, "0.011")]
    [InlineData(0.69213, "0.69")]
    [InlineData(0.05, "0.05")]
    [InlineData(0.0496, "0.0496")]
    [InlineData(0.04996, "0.04996")]
    [InlineData(1.0, "1")]
    public void Two_significant_digits_unless_rounding_would_cross_alpha(double p, string text)
    {
        Assert.Equal(text, PValue.Format(p));
    }

    [Fact]
    public void A_sentence_writes_the_same_digits_as_a_table()
    {
        Assert.Equal("p = 0.0072", PValue.Clause(0.0072));
        Assert.Equal("p < 0.001", PValue.Clause(0.0002));
    }
}
