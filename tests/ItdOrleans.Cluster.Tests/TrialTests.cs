using ItdOrleans.Contracts;
using ItdOrleans.Core.Data;
using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Slow")]
public sealed class TrialTests(ClusterFixture fixture)
{
    private static TrainingSpec SmallTrial(int seed) => new()
    {
        Rule = "vbp",
        Dataset = RealDigits.Current.Name,
        HiddenWidth = 16,
        Iterations = 200,
        EvaluationInterval = 100,
        Seed = seed,
    };

    [Fact]
    public async Task Asking_for_a_trial_twice_trains_it_once()
    {
        var spec = SmallTrial(seed: 11);
        var trial = fixture.Client.GetTrial(spec);

        await Task.WhenAll(trial.Start(spec, "first"), trial.Start(spec, "second"));
        var finished = await Eventually.Until(
            () => trial.GetRecord(), record => record!.HasEnded);
        var again = await trial.Start(spec, "third");

        Assert.Equal(TrialStatus.Finished, finished!.Status);
        Assert.Equal(1, finished.Attempts);
        Assert.Equal(TrialStatus.Finished, again.Status);
        Assert.Equal(1, again.Attempts);
        Assert.Equal(finished.Result!.FinalTestAccuracy, again.Result!.FinalTestAccuracy);
    }

    [Fact]
    public async Task A_trial_names_the_copy_of_the_data_it_trained_on()
    {
        var spec = SmallTrial(seed: 16);
        var trial = fixture.Client.GetTrial(spec);

        await trial.Start(spec, "copy");
        var finished = await Eventually.Until(() => trial.GetRecord(), record => record!.HasEnded);

        var held = SharedDatasets.Get(spec.Dataset, new DatasetOptions { Directory = RealDigitsSetting.Value });
        Assert.Equal(held.Fingerprint, finished!.Data!.Fingerprint);
        Assert.Contains(Path.GetFullPath(RealDigitsSetting.Value), finished.Data.Source);
        Assert.Contains($"({RealDigitsSetting.Key})", finished.Data.Source);
        Assert.Contains("training images: ", finished.Data.Source);
    }

    [Fact]
    public async Task A_trial_deactivated_mid_training_resumes_from_its_checkpoint_as_if_never_stopped()
    {
        var spec = SmallTrial(seed: 16) with { Iterations = 1_000_000, EvaluationInterval = 500 };
        var trial = fixture.Client.GetTrial(spec);
        await trial.Start(spec, "resumed");
        var before = await Eventually.Until(() => trial.GetRecord(), record => record!.IterationsDone > 0);

        await fixture.Cluster.DeactivateAsync(trial);
        var progress = new List<int>();
        await Eventually.Until(
            async () =>
            {
                var record = await trial.GetRecord();
                progress.Add(record!.IterationsDone);
                return record;
            },
            record => record!.Attempts == 2 && record.IterationsDone >= 1_000);
        var stopped = await trial.Cancel("resumed");

        var digits = SharedDatasets.Get(spec.Dataset, new DatasetOptions { Directory = RealDigits.Current.Directory });
        var uninterrupted = Trainer.Create(spec, digits);
        uninterrupted.Run(stopped!.IterationsDone);
        Assert.All(progress, done => Assert.True(done >= before!.IterationsDone, $"went back to {done}"));
        Assert.Equal(2, stopped.Attempts);
        Assert.Equal(uninterrupted.Result().Curve, stopped.Result!.Curve);
    }

    [Fact]
    public async Task A_trial_whose_dataset_cannot_be_loaded_fails_with_the_reason_after_its_retries()
    {
        var spec = SmallTrial(seed: 12) with { Dataset = ClusterFixture.UnavailableDataset };
        var trial = fixture.Client.GetTrial(spec);

        await trial.Start(spec, "failing");
        var failed = await Eventually.Until(
            () => trial.GetRecord(), record => record!.HasEnded);

        Assert.Equal(TrialStatus.Failed, failed!.Status);
        Assert.Equal(3, failed.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(failed.Error));
    }

    [Fact]
    public async Task A_trial_refuses_a_specification_of_another_key()
    {
        var trial = fixture.Client.GetTrial(SmallTrial(seed: 13));

        var refusal = await Assert.ThrowsAsync<ArgumentException>(() => trial.Start(SmallTrial(seed: 14), "wrong"));

        Assert.Contains(TrialKey.Of(SmallTrial(seed: 14)), refusal.Message);
        Assert.Null(await trial.GetRecord());
    }

    [Fact]
    public async Task A_trial_never_started_has_no_record()
    {
        Assert.Null(await fixture.Client.GetTrial(SmallTrial(seed: 15)).GetRecord());
    }
}
