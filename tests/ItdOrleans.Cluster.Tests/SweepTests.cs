using System.Collections.Concurrent;
using System.Diagnostics;
using ItdOrleans.Contracts;
using ItdOrleans.ServiceDefaults;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Slow")]
public sealed class SweepTests(ClusterFixture fixture)
{
    private static SweepSpec SmallSweep(string name) => new()
    {
        Name = name,
        Dataset = RealDigits.Current.Name,
        Rules = ["vbp", "fba"],
        Seeds = [1, 2],
        Iterations = [200],
        HiddenWidths = [16],
        EvaluationInterval = 100,
    };

    [Fact]
    public async Task A_small_sweep_finishes_on_both_silos_with_a_row_per_rule()
    {
        var sweepId = $"small-{Guid.NewGuid():N}";
        var sweep = fixture.Client.GetSweep(sweepId);

        await sweep.Start(SmallSweep("small"));
        var status = await Eventually.Until(
            () => sweep.GetStatus(), s => s.State != SweepState.Running);

        Assert.Equal(SweepState.Finished, status.State);
        Assert.Equal(4, status.Trials.Count);
        Assert.All(status.Trials, trial =>
        {
            Assert.Equal(TrialStatus.Finished, trial.Status);
            Assert.Equal(200, trial.IterationsDone);
            Assert.True(trial.IterationsPerSecond > 0);
            Assert.Empty(trial.Result!.Curve);
        });
        Assert.Equal(2, status.Trials.Select(trial => trial.Silo).Distinct().Count());

        var table = ComparisonTable.From(status.Trials);
        Assert.Equal(["fba", "vbp"], table.Rows.Select(row => row.Configuration.Rule).Order());
        Assert.All(table.Rows, row => Assert.Equal(2, row.Finished));
    }

    [Fact]
    public async Task A_sweep_of_trials_that_have_all_ended_already_collects_them_at_once()
    {
        // More trials than the cluster's slots (two silos of one slot per processor) would launch at once.
        var spec = SmallSweep("reused") with
        {
            LearningRates = [.. Enumerable.Range(1, Environment.ProcessorCount + 1).Select(i => i * 1e-3)],
            Iterations = [100],
        };
        var first = fixture.Client.GetSweep($"reused-first-{Guid.NewGuid():N}");
        await first.Start(spec);
        await Eventually.Until(() => first.GetStatus(), s => s.State != SweepState.Running);
        var second = fixture.Client.GetSweep($"reused-second-{Guid.NewGuid():N}");

        var started = await second.Start(spec);
        var status = await Eventually.Until(() => second.GetStatus(), s => s.State != SweepState.Running);

        Assert.True(started.Trials.Count > 2 * Environment.ProcessorCount);
        Assert.All(started.Trials, trial => Assert.Equal(TrialStatus.Finished, trial.Status));
        Assert.Equal(SweepState.Finished, status.State);
    }

    [Fact]
    public async Task Curves_come_with_the_status_only_when_asked_for()
    {
        var sweep = fixture.Client.GetSweep($"curves-{Guid.NewGuid():N}");
        await sweep.Start(SmallSweep("curves") with { Rules = ["vbp"], Seeds = [3] });
        await Eventually.Until(() => sweep.GetStatus(), s => s.State != SweepState.Running);

        var withCurves = await sweep.GetStatus(includeCurves: true);

        var curve = Assert.Single(withCurves.Trials).Result!.Curve;
        Assert.Equal([100, 200], curve.Select(point => point.Iteration));
    }

    [Fact]
    public async Task Starting_a_sweep_again_reports_it_and_a_different_one_under_its_id_is_refused()
    {
        var sweepId = $"again-{Guid.NewGuid():N}";
        var sweep = fixture.Client.GetSweep(sweepId);
        var spec = SmallSweep("again") with { Rules = ["fba"], Seeds = [4] };

        var first = await sweep.Start(spec);
        var second = await sweep.Start(spec with { Rules = ["fba"] });

        Assert.Equal(first.StartedAt, second.StartedAt);
        Assert.Equal(first.Trials.Select(t => t.Key), second.Trials.Select(t => t.Key));
        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(
            () => sweep.Start(spec with { Seeds = [5] }));
        Assert.Contains(sweepId, refusal.Message);
    }

    [Fact]
    public async Task An_invalid_sweep_is_refused_with_its_problems()
    {
        var sweep = fixture.Client.GetSweep($"invalid-{Guid.NewGuid():N}");

        var refusal = await Assert.ThrowsAsync<ArgumentException>(
            () => sweep.Start(SmallSweep("invalid") with { Rules = ["vbpp"], Seeds = [] }));

        Assert.Contains("unknown rule 'vbpp'", refusal.Message);
        Assert.Contains("'seeds' is empty", refusal.Message);
        Assert.Equal(SweepState.NotStarted, (await sweep.GetStatus()).State);
    }

    [Fact]
    public async Task A_sweep_over_the_silos_trial_limit_is_refused()
    {
        var sweep = fixture.Client.GetSweep($"too-large-{Guid.NewGuid():N}");
        var rates = Enumerable.Range(1, ClusterFixture.MaxTrials / 2 + 1).Select(i => i * 1e-5);

        var refusal = await Assert.ThrowsAsync<ArgumentException>(
            () => sweep.Start(SmallSweep("too-large") with { LearningRates = [.. rates], Seeds = [1] }));

        Assert.Contains($"more than the limit of {ClusterFixture.MaxTrials:N0}", refusal.Message);
    }

    [Fact]
    public async Task A_sweep_whose_data_the_silo_cannot_load_is_refused_saying_where_it_looked()
    {
        var sweepId = $"no-data-{Guid.NewGuid():N}";
        var sweep = fixture.Client.GetSweep(sweepId);

        var refusal = await Assert.ThrowsAsync<ArgumentException>(
            () => sweep.Start(SmallSweep("no-data") with { Dataset = ClusterFixture.UnavailableDataset }));

        var dataset = ClusterFixture.UnavailableDataset;
        Assert.Contains($"dataset '{dataset}' cannot be loaded", refusal.Message);
        Assert.Contains(
            $"{fixture.EmptyDatasetDirectory}, given by {RealDigitsSetting.DirectoryKey(dataset)}", refusal.Message);
        Assert.Equal(SweepState.NotStarted, (await sweep.GetStatus()).State);
        Assert.DoesNotContain(await fixture.Client.GetSweepRegistry().List(), summary => summary.SweepId == sweepId);
    }

    [Fact]
    public async Task A_cancelled_sweep_stops_its_trials()
    {
        var sweep = fixture.Client.GetSweep($"cancel-{Guid.NewGuid():N}");
        await sweep.Start(SmallSweep("cancel") with { Rules = ["vbp"], Seeds = [6], Iterations = [10_000_000] });
        await Eventually.Until(
            () => sweep.GetStatus(), s => s.Trials.Any(trial => trial.IterationsDone > 0));

        var cancelled = await sweep.Cancel();

        Assert.Equal(SweepState.Cancelled, cancelled.State);
        var trial = fixture.Client.GetTrial(Assert.Single(cancelled.Trials).Key);
        var stopped = await trial.GetRecord();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(TrialStatus.Cancelled, stopped!.Status);
        Assert.Equal(stopped.IterationsDone, (await trial.GetRecord())!.IterationsDone);
        Assert.True(stopped.IterationsDone < 10_000_000);
    }

    [Fact]
    public async Task A_reactivated_sweep_carries_on_its_trace_under_a_resumed_span()
    {
        var sweepId = $"traced-{Guid.NewGuid():N}";
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TelemetryNames.Source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = span => spans.Enqueue(span),
        };
        ActivitySource.AddActivityListener(listener);
        var sweep = fixture.Client.GetSweep(sweepId);
        await sweep.Start(SmallSweep("traced") with { Rules = ["vbp"], Seeds = [9], Iterations = [10_000_000] });

        await fixture.Cluster.DeactivateAsync(sweep);
        await sweep.GetStatus();
        await sweep.Cancel();

        var started = Assert.Single(spans, span => span.DisplayName == $"sweep {sweepId}");
        var resumed = Assert.Single(spans, span => span.DisplayName == $"sweep {sweepId} (resumed)");
        Assert.Equal((started.TraceId, started.SpanId), (resumed.TraceId, resumed.ParentSpanId));
    }

    [Fact]
    public async Task The_registry_lists_started_sweeps()
    {
        var sweepId = $"listed-{Guid.NewGuid():N}";
        await fixture.Client.GetSweep(sweepId).Start(SmallSweep("listed") with { Rules = ["vbp"], Seeds = [8] });

        var sweeps = await fixture.Client.GetSweepRegistry().List();

        var listed = Assert.Single(sweeps, summary => summary.SweepId == sweepId);
        Assert.Equal("listed", listed.Name);
        Assert.Equal(1, listed.Trials);
    }
}
