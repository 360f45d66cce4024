using System.Diagnostics;
using System.Globalization;
using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;
using Spectre.Console;

namespace ItdOrleans.Client.Views;

/// <summary>
/// Follows a running sweep until it ends, polling its status: progress bars on a terminal,
/// a plain line now and then when the output is redirected.
/// </summary>
public sealed class SweepFollower(Terminal terminal)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan PlainLineInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ShortestPlainLineInterval = TimeSpan.FromSeconds(1);

    /// <summary>The sweep's last status: ended, or as it stood when following was cancelled.</summary>
    /// <exception cref="OperationCanceledException">Following was cancelled.</exception>
    public Task<SweepStatus> FollowAsync(ISweepGrain sweep, CancellationToken cancellation) =>
        terminal.IsInteractive ? WithBarsAsync(sweep, cancellation) : WithLinesAsync(sweep, cancellation);

    private async Task<SweepStatus> WithBarsAsync(ISweepGrain sweep, CancellationToken cancellation)
    {
        var status = await sweep.GetStatus();
        await terminal.Out.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var bars = SweepProgress.Of(status)
                    .Select(progress => context.AddTask(progress.Label, maxValue: Math.Max(1, progress.Iterations)))
                    .ToList();
                while (true)
                {
                    foreach (var (bar, progress) in bars.Zip(SweepProgress.Of(status)))
                    {
                        var trials = $"{progress.Label,-10} {progress.Ended}/{progress.Trials} trials";
                        bar.Description = Markup.Escape(trials);
                        bar.Value = progress.IterationsDone;
                    }

                    if (status.State != SweepState.Running)
                    {
                        bars.ForEach(bar => bar.StopTask());
                        return;
                    }

                    await Task.Delay(PollInterval, cancellation);
                    status = await sweep.GetStatus();
                }
            });
        return status;
    }

    private async Task<SweepStatus> WithLinesAsync(ISweepGrain sweep, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var lastLine = -PlainLineInterval;
        var lastEnded = -1;
        while (true)
        {
            var status = await sweep.GetStatus();
            var ended = status.Ended;
            var running = status.State == SweepState.Running;
            var sinceLine = clock.Elapsed - lastLine;
            var changed = ended != lastEnded && sinceLine >= ShortestPlainLineInterval;
            if (!running || changed || sinceLine >= PlainLineInterval)
            {
                terminal.Out.WriteLine(Line(status, clock.Elapsed));
                lastLine = clock.Elapsed;
                lastEnded = ended;
            }

            if (!running)
            {
                return status;
            }

            await Task.Delay(PollInterval, cancellation);
        }
    }

    /// <summary>
    /// One line of progress: how many trials ended and how, how many run, and the share of the sweep's
    /// iterations trained, which stays short of 100 % when trials stopped early.
    /// </summary>
    public static string Line(SweepStatus status, TimeSpan elapsed)
    {
        var overall = SweepProgress.Of(status)[0];
        var time = elapsed.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
        var cancelled = status.Count(TrialStatus.Cancelled);
        var endings = $"{status.Count(TrialStatus.Finished)} finished, {status.Count(TrialStatus.Failed)} failed, "
            + $"{status.Count(TrialStatus.Diverged)} diverged" + (cancelled > 0 ? $", {cancelled} cancelled" : "");
        // Rounded down, so that 100 % means every iteration.
        var trained = Math.Floor(overall.Fraction * 100) / 100;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{time}] {overall.Ended}/{overall.Trials} trials ended ({endings}), "
            + $"{status.Count(TrialStatus.Running)} running, {trained:P0} of iterations trained");
    }
}
