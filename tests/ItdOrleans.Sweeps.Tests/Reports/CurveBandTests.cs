using ItdOrleans.Core.Training;
using ItdOrleans.Reports;
using ItdOrleans.Reports.Figures;

namespace ItdOrleans.Sweeps.Tests.Reports;

public sealed class CurveBandTests
{
    // Two seeds' curves: at iteration 100 the minibatch accuracy is 90% and 100%.
    private static readonly IReadOnlyList<CurvePoint>[] Curves =
    [
        [new CurvePoint(100, 0.30f, 0.90f, 0.4f, 0.8f, 0.4f, 0.8f)],
        [new CurvePoint(100, 0.10f, 1.00f, 0.2f, 0.9f, 0.2f, 0.9f)],
    ];

    [Fact]
    public void The_band_is_the_mean_and_one_standard_deviation_either_side()
    {
        var band = CurveBand.Of(Curves, point => point.TrainLoss);

        var deviation = 0.2 / Math.Sqrt(2);
        Assert.Equal([100.0], band.Iterations);
        Assert.Equal(0.2, band.Mean.Single(), 6);
        Assert.Equal(0.2 - deviation, band.Low.Single(), 6);
        Assert.Equal(0.2 + deviation, band.High.Single(), 6);
    }

    [Fact]
    public void The_band_stays_within_the_values_the_metric_can_take()
    {
        var band = CurveBand.Of(Curves, point => Percent.Of(point.TrainAccuracy), 0, 100);

        Assert.Equal(95, band.Mean.Single(), 4);
        Assert.Equal(100, band.High.Single());
        Assert.Equal(95 - 10 / Math.Sqrt(2), band.Low.Single(), 4);
    }
}
