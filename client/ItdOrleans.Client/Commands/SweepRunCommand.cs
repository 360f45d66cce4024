using System.Diagnostics;
using System.Globalization;
using ItdOrleans.Client.Hosting;
using ItdOrleans.Client.Settings;
using ItdOrleans.Client.Views;
using ItdOrleans.Contracts;
using ItdOrleans.Reports;
using ItdOrleans.Sweeps;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Commands;

/// <summary>
/// <c>itd sweep run</c>: runs a sweep in this process on one silo of its own and prints its results.
/// Exits with <see cref="ExitCodes.Failure"/> when a trial failed, since its numbers are then missing.
/// </summary>
public sealed class SweepRunCommand(Terminal terminal) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, RunSettings settings, CancellationToken cancellation)
    {
        var spec = SweepSource.Load(settings);
        LocalSilo.CheckSettings(settings.MaxTrials);
        spec = LocalDataset.Resolve(spec, mayReplace: settings.Dataset is null, settings.AllowDownload, terminal);

        var sweepId = SweepIds.New(spec.Name, DateTimeOffset.UtcNow);
        terminal.Out.MarkupLineInterpolated(
            $"Running sweep [bold]{sweepId}[/]: {SweepGrid.Count(spec)} trials on {spec.Dataset}, in this process.");

        var clock = Stopwatch.StartNew();
        await using var silo = await LocalSilo.StartAsync(settings.Verbose, settings.MaxTrials, cancellation);
        var sweep = silo.Grains.GetSweep(sweepId);
        var started = await sweep.Start(spec);
        if (started.Trials.Count(trial => trial.HasEnded) is var reused and > 0)
        {
            // Trials not reached yet may have ended in an earlier run too.
            var count = started.Trials.Any(trial => trial.Status == TrialStatus.Pending) ? $"At least {reused}" : $"{reused}";
            terminal.Out.WriteLine(
                $"{count} of {started.Trials.Count} trials had ended in an earlier run and are taken from the local "
                + "store as they were, speeds included (Itd__LocalStore=none trains everything afresh).");
        }

        await SayWhatElseResumesAsync(silo, sweepId);

        var interrupted = false;
        try
        {
            await new SweepFollower(terminal).FollowAsync(sweep, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            interrupted = true;
            terminal.Error.MarkupLine(
                "[yellow]Interrupted: cancelling the sweep; the table shows the trials that ended. The same "
                + "command continues the unfinished trials from their checkpoints.[/]");
            await sweep.Cancel();
        }

        var status = await sweep.GetStatus(
            includeCurves: settings.JsonPath is not null || settings.ReportDirectory is not null);
        new SweepStatusView(terminal).WriteResults(status);
        terminal.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"Elapsed: {clock.Elapsed:hh\\:mm\\:ss\\.f}"));

        if (settings.JsonPath is { } path)
        {
            TrialsFile.Write(path, status);
            terminal.Out.MarkupLineInterpolated($"Trials written to {path}");
        }

        if (settings.ReportDirectory is { } directory)
        {
            var report = SweepReport.Write(status.Trials, spec, LocalDataset.Describe(spec.Dataset), directory);
            terminal.Out.MarkupLineInterpolated($"Report written to {report}");
        }

        if (interrupted)
        {
            return ExitCodes.Interrupted;
        }

        return status.Count(TrialStatus.Failed) > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    // A run killed before its sweep ended leaves it running in the store, and this silo carries it on:
    // it shares the training slots, which the progress would not explain.
    private async Task SayWhatElseResumesAsync(GrainHost silo, string sweepId)
    {
        var resumed = (await silo.Grains.GetSweepRegistry().List())
            .Where(summary => summary.State == SweepState.Running && summary.SweepId != sweepId)
            .ToList();
        foreach (var other in resumed)
        {
            terminal.Out.WriteLine(
                $"Sweep {other.SweepId} ({other.Ended} of {other.Trials} trials ended), left running in the local "
                + "store by a run that was stopped without ending it, carries on in this process too and shares "
                + "its training slots until it ends.");
        }
    }
}
