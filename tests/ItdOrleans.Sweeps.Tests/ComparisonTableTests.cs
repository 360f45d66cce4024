using ItdOrleans.Core.Training;
using static ItdOrleans.Sweeps.Tests.HandMadeTrials;

namespace ItdOrleans.Sweeps.Tests;

public sealed class ComparisonTableTests
{
    // Student's t quantiles at 0.975 for 2 and 1 degrees of freedom.
    private const double T2 = 4.302652729749464;
    private const double T1 = 12.706204736174707;

    private static readonly TrialRecord[] Trials =
    [
        Finished(ShortRun("itd", 1), 0.90f, 0.30f, 0.91f, 1000),
        Finished(ShortRun("itd", 2), 0.92f, 0.20f, 0.93f, 1200),
        Finished(ShortRun("itd", 3), 0.94f, 0.10f, 0.95f, 1400),
        Diverged(ShortRun("itd", 4), 800),
        Failed(ShortRun("itd", 5), 50),
        Finished(ShortRun("fba", 1), 0.95f, 0.15f, 0.96f, 2000),
        Finished(ShortRun("fba", 2), 0.97f, 0.11f, 0.98f, 2200),
        TrialRecord.Pending(ShortRun("vbp", 1)),
    ];

    [Fact]
    public void Rows_are_one_per_configuration_ranked_by_mean_test_accuracy()
    {
        var table = ComparisonTable.From(Trials);

        Assert.Equal(["fba", "itd", "vbp"], table.Rows.Select(row => row.Configuration.Rule));
        Assert.All(table.Rows, row => Assert.Equal(0, row.Configuration.Seed));
        Assert.Equal("mnist", table.Dataset);
    }

    [Fact]
    public void Accuracy_is_summarised_over_finished_trials_with_a_t_interval()
    {
        var itd = Row("itd");

        Assert.Equal(3, itd.FinalTestAccuracy.Count);
        Assert.Equal(0.92, itd.FinalTestAccuracy.Mean, 6);
        Assert.Equal(0.02, itd.FinalTestAccuracy.StandardDeviation, 6);
        Assert.Equal(0.92 - T2 * 0.02 / Math.Sqrt(3), itd.FinalTestAccuracy.Low, 6);
        Assert.Equal(0.92 + T2 * 0.02 / Math.Sqrt(3), itd.FinalTestAccuracy.High, 6);

        var fba = Row("fba");
        Assert.Equal(0.96, fba.FinalTestAccuracy.Mean, 6);
        Assert.Equal(0.01 * Math.Sqrt(2), fba.FinalTestAccuracy.StandardDeviation, 6);
        Assert.Equal(0.96 - T1 * 0.01, fba.FinalTestAccuracy.Low, 5);
    }

    [Fact]
    public void The_interval_stops_at_the_accuracies_a_trial_can_reach()
    {
        // Two seeds, 95% and 97%: Student's t reaches 0.96 + 12.7 * 0.01, past 100%.
        var fba = Row("fba");

        Assert.True(0.96 + T1 * 0.01 > 1);
        Assert.Equal(1.0, fba.FinalTestAccuracy.High);
        Assert.Contains(ComparisonTable.From(Trials).Footnotes, footnote => footnote.Contains("cut at 0 and 100%"));
    }

    [Fact]
    public void Validation_loss_and_speed_are_means()
    {
        var itd = Row("itd");

        Assert.Equal(0.93, itd.BestValidationAccuracy, 6);
        Assert.Equal(0.20, itd.FinalTestLoss, 6);
        Assert.Equal((1000 + 1200 + 1400 + 800) / 4.0, itd.IterationsPerSecond, 9);
    }

    [Fact]
    public void Trials_are_counted_by_status()
    {
        var itd = Row("itd");

        Assert.Equal((5, 3, 1, 1), (itd.Trials, itd.Finished, itd.Diverged, itd.Failed));
    }

    [Fact]
    public void Diverged_trials_are_left_out_of_the_means_and_a_footnote_says_so()
    {
        var table = ComparisonTable.From(Trials);

        Assert.False(double.IsNaN(Row("itd").FinalTestLoss));
        Assert.Contains(table.Footnotes, footnote => footnote.Contains("diverged trials are counted under 'diverged'"));
    }

    [Fact]
    public void A_configuration_without_finished_trials_has_no_metrics_and_ranks_last()
    {
        var vbp = Row("vbp");

        Assert.Equal(0, vbp.FinalTestAccuracy.Count);
        Assert.True(double.IsNaN(vbp.FinalTestAccuracy.Mean));
        Assert.True(double.IsNaN(vbp.IterationsPerSecond));
    }

    [Theory]
    [InlineData("vbp", 5_000, 1e-2, 100, 0.9150)]
    [InlineData("fba", 5_000, 1e-2, 100, 0.8758)]
    [InlineData("itd", 5_000, 1e-2, 100, 0.8328)]
    [InlineData("vbp", 100_000, 1e-3, 50, 0.9372)]
    [InlineData("fba", 100_000, 1e-3, 50, 0.8969)]
    [InlineData("itd-mul", 100_000, 1e-3, 50, 0.5261)]
    public void The_published_figure_appears_where_the_configuration_matches(
        string rule, int iterations, double learningRate, int minibatch, double published)
    {
        var spec = new TrainingSpec
        {
            Rule = rule, Iterations = iterations, LearningRate = learningRate, MinibatchSize = minibatch, Seed = 1,
        };

        var row = Assert.Single(ComparisonTable.From([Finished(spec, 0.5f, 1f, 0.5f, 10)]).Rows);

        Assert.Equal(published, row.PublishedTestAccuracy);
    }

    [Fact]
    public void No_published_figure_appears_where_the_configuration_differs()
    {
        var paper = ShortRun("vbp", 1);
        TrainingSpec[] others =
        [
            paper with { Rule = "itd-mul" },
            paper with { Iterations = 100_000 },
            paper with { LearningRate = 1e-3 },
            paper with { HiddenWidth = 16 },
            paper with { HiddenLayers = 2 },
            paper with { Dataset = "fashion-mnist" },
            paper with { Optimiser = "adam" },
            paper with { Activation = "relu" },
            paper with { Initialisation = "xavier" },
        ];

        Assert.All(others, spec => Assert.Null(PublishedFigures.TestAccuracy(spec)));
        Assert.Equal(0.9150, PublishedFigures.TestAccuracy(paper));
    }

    [Fact]
    public void A_table_over_several_datasets_names_them_all()
    {
        var table = ComparisonTable.From(
        [
            Finished(ShortRun("vbp", 1), 0.9f, 0.3f, 0.9f, 10),
            Finished(ShortRun("vbp", 1) with { Dataset = "fashion-mnist" }, 0.8f, 0.5f, 0.8f, 10),
        ]);

        Assert.Equal("mnist, fashion-mnist", table.Dataset);
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void Only_a_table_with_mnist_trials_explains_the_published_column()
    {
        var mnist = ComparisonTable.From([Finished(ShortRun("vbp", 1), 0.9f, 0.3f, 0.9f, 10)]);
        var fashion = ComparisonTable.From(
            [Finished(ShortRun("vbp", 1) with { Dataset = "fashion-mnist" }, 0.8f, 0.5f, 0.8f, 10)]);

        Assert.Contains(ComparisonTable.PublishedFootnote, mnist.Footnotes);
        Assert.DoesNotContain(ComparisonTable.PublishedFootnote, fashion.Footnotes);
        Assert.DoesNotContain("on MNIST", ComparisonTableMarkdown.Write(fashion));
    }

    private static ComparisonRow Row(string rule) =>
        ComparisonTable.From(Trials).Rows.Single(row => row.Configuration.Rule == rule);
}
