using ItdOrleans.Core.Data;
using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>Trials trained from start to end by the core trainer in this process, as a sweep must reproduce.</summary>
internal static class StraightThrough
{
    public static TrainingResult Train(TrainingSpec spec)
    {
        var data = SharedDatasets.Get(spec.Dataset, new DatasetOptions { Directory = RealDigits.Current.Directory });
        var trainer = Trainer.Create(spec, data);
        while (trainer.Status == TrainingStatus.Running)
        {
            trainer.Run(spec.Iterations);
        }

        return trainer.Result();
    }

    /// <summary>Asserts that every trial finished once with the result of an uninterrupted run.</summary>
    public static void AssertSameAsUninterrupted(SweepSpec spec, IReadOnlyList<TrialRecord> trials, string context)
    {
        var expectedKeys = SweepGrid.Expand(spec).Select(TrialKey.Of).Order().ToList();
        Assert.Equal(expectedKeys, trials.Select(trial => trial.Key).Order().ToList());
        Assert.All(trials, trial =>
        {
            Assert.True(
                trial.Status == TrialStatus.Finished, $"{trial.Key} is {trial.Status}: {trial.Error}\n{context}");
            var expected = Train(trial.Spec);
            Assert.Equal(expected with { Curve = [] }, trial.Result! with { Curve = [] });
            Assert.Equal(expected.Curve, trial.Result!.Curve);
        });
    }
}
