namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>
/// Commands stopped by a signal, as Ctrl+C, kill, timeout or an orchestrator stop them: each signal
/// does what Ctrl+C does, and the exit code is 128 plus the signal's number.
/// </summary>
[Trait("Category", "Slow")]
public sealed class InterruptTests(CliSiloFixture silo) : IClassFixture<CliSiloFixture>
{
    private static readonly string[] Rules = ["vbp", "fba", "itd"];

    // Minutes of training a trial, so that none ends before the signal.
    private static readonly string[] LongSweep = ["--preset", "tiny", "--iterations", "1000000", "--seeds", "1"];

    // The first line of progress: the silo runs and the sweep has started.
    private const string Progress = "of iterations trained";

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData(PosixSignals.Terminate, 143)]
    [InlineData(PosixSignals.Interrupt, 130)]
    [InlineData(PosixSignals.Quit, 131)]
    public async Task A_signal_cancels_a_local_run_which_still_prints_its_table(int signal, int exitCode)
    {
        using var itd = ItdProcess.Start(["sweep", "run", .. LongSweep]);
        await itd.WaitForOutputAsync(Progress, Patience);

        itd.Signal(signal);
        var result = await itd.WaitForExitAsync(Patience);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains("Interrupted: cancelling the sweep", result.UnwrappedError);
        Assert.Equal(Rules.Order(), result.TableRows(Rules).Select(cells => cells[1]).Order());
        Assert.All(result.TableRows(Rules), cells => Assert.Contains("0/0/0 of 1", cells));
        Assert.Contains("Elapsed:", result.Output);
    }

    [Fact]
    public async Task The_next_run_on_the_store_of_a_killed_run_says_that_it_carries_its_sweep_on()
    {
        using var files = new SpecFiles();
        var store = new Dictionary<string, string?> { ["Itd__LocalStore"] = files.PathOf("itd.db") };
        var oneLongTrial = files.Write(
            "long.yaml", $"name: long\ndataset: {RealDigits.Current.Name}\nrules: vbp\niterations: 1000000\nseeds: 1\n");
        using (var killed = ItdProcess.Start(store, "sweep", "run", oneLongTrial))
        {
            await killed.WaitForOutputAsync(Progress, Patience);
            killed.Signal(PosixSignals.ForceKill);
            await killed.WaitForExitAsync(Patience);
        }

        var next = await ItdProcess.RunAsync(store, ["sweep", "run", "--preset", "tiny", "--iterations", "100", "--seeds", "1"]);

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Matches(@"Sweep long-\S+ \(0 of 1 trials ended\), left running in the local store by a run that was "
            + "stopped without ending it, carries on in this process too", next.UnwrappedOutput);
    }

    [Fact]
    public async Task SIGTERM_stops_watching_and_leaves_the_sweep_running()
    {
        var start = await ItdProcess.RunAsync(
            silo.Args(["sweep", "start", .. LongSweep, "--dataset", RealDigits.Current.Name]));
        Assert.True(start.ExitCode == 0, start.ToString());
        var sweepId = start.Output.Trim();
        try
        {
            using var watch = ItdProcess.Start(silo.Args("sweep", "watch", sweepId));
            await watch.WaitForOutputAsync(Progress, Patience);

            watch.Signal(PosixSignals.Terminate);
            var result = await watch.WaitForExitAsync(Patience);

            Assert.True(result.ExitCode == 143, result.ToString());
            Assert.Contains($"Stopped watching; sweep {sweepId} goes on", result.UnwrappedError);
            var show = await ItdProcess.RunAsync(silo.Args("sweep", "show", sweepId));
            Assert.Contains($"{sweepId} (tiny on {RealDigits.Current.Name}): running", show.Output);
        }
        finally
        {
            await ItdProcess.RunAsync(silo.Args("sweep", "cancel", sweepId));
        }
    }
}
