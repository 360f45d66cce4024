using ItdOrleans.Client.Views;
using ItdOrleans.Contracts;
using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>Progress while following a sweep: a trial that stopped early counts as far as it got.</summary>
public sealed class SweepProgressTests
{
    private static readonly TrialRecord[] Trials =
    [
        Trial("vbp", TrialStatus.Finished, 100),
        Trial("fba", TrialStatus.Failed, 40),
        Trial("itd", TrialStatus.Cancelled, 10),
        Trial("itd", TrialStatus.Running, 50),
    ];

    [Fact]
    public void Failed_and_cancelled_trials_count_the_iterations_they_trained()
    {
        var progress = SweepProgress.Of(Status(SweepState.Running, Trials));

        Assert.Equal(("all trials", 4, 3, 200L, 400L), Summary(progress[0]));
        Assert.Equal(("vbp", 1, 1, 100L, 100L), Summary(progress[1]));
        Assert.Equal(("fba", 1, 1, 40L, 100L), Summary(progress[2]));
        Assert.Equal(("itd", 2, 1, 60L, 200L), Summary(progress[3]));
    }

    [Fact]
    public void The_progress_line_names_every_ending_and_the_share_trained()
    {
        var line = SweepFollower.Line(Status(SweepState.Running, Trials), TimeSpan.FromSeconds(75));

        Assert.Equal(
            "[00:01:15] 3/4 trials ended (1 finished, 1 failed, 0 diverged, 1 cancelled), 1 running, "
            + "50 % of iterations trained",
            line);
    }

    [Fact]
    public void A_sweep_ended_with_a_failed_trial_stays_short_of_all_its_iterations()
    {
        TrialRecord[] trials = [Trial("vbp", TrialStatus.Finished, 100), Trial("vbp", TrialStatus.Failed, 99)];

        var line = SweepFollower.Line(Status(SweepState.Finished, trials), TimeSpan.Zero);

        Assert.EndsWith("(1 finished, 1 failed, 0 diverged), 0 running, 99 % of iterations trained", line);
    }

    private static TrialRecord Trial(string rule, TrialStatus status, int iterationsDone) =>
        TrialRecord.Pending(new TrainingSpec { Rule = rule, Iterations = 100 }) with
        {
            Status = status,
            IterationsDone = iterationsDone,
        };

    private static SweepStatus Status(SweepState state, IReadOnlyList<TrialRecord> trials) =>
        new("progress", null, state, DateTimeOffset.UnixEpoch, null, trials);

    private static (string, int, int, long, long) Summary(SweepProgress progress) =>
        (progress.Label, progress.Trials, progress.Ended, progress.IterationsDone, progress.Iterations);
}
