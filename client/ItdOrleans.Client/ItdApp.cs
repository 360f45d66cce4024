using ItdOrleans.Client.Commands;
using ItdOrleans.Client.Hosting;
using ItdOrleans.Client.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client;

/// <summary>The itd command line: its commands, and how their failures become messages and exit codes.</summary>
public static class ItdApp
{
    /// <summary>
    /// Runs the command the arguments name and returns the process's exit code. Arguments that set
    /// configuration keys (<c>--Orleans:ClusterId=itd</c>) go to the hosts' configuration, the rest to
    /// the command, which refuses options it does not know.
    /// </summary>
    public static Task<int> RunAsync(string[] args, Terminal terminal, CancellationToken cancellation)
    {
        CommandLine commandLine;
        try
        {
            commandLine = CommandLine.Split(args);
        }
        catch (ArgumentException exception)
        {
            terminal.Error.MarkupLineInterpolated($"[red]{exception.Message}[/]");
            return Task.FromResult(ExitCodes.InvalidInput);
        }

        HostSetup.CommandLineConfiguration = commandLine.Configuration;
        var errors = new ErrorReport(terminal, commandLine.Command.Contains("--verbose"), commandLine.Command);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("itd");
            config.UseStrictParsing();
            config.ConfigureConsole(terminal.Out);
            config.Settings.Registrar.RegisterInstance(terminal);
            config.SetExceptionHandler((exception, _) => errors.Write(exception));
            config.CancellationExitCode(ExitCodes.Interrupted);
            config.AddBranch("sweep", sweep =>
            {
                sweep.SetDescription("Run, follow and export sweeps of learning rules and hyperparameters.");
                sweep.AddCommand<SweepRunCommand>("run")
                    .WithDescription("Run a sweep in this process, on a silo of its own, and print its results.")
                    .WithExample("sweep", "run", "--preset", "tiny")
                    .WithExample("sweep", "run", "my-sweep.yaml", "--seeds", "3", "--json", "trials.json")
                    .WithExample("sweep", "run", "--preset", "tiny", "--report", "tiny-report");
                sweep.AddCommand<SweepStartCommand>("start")
                    .WithDescription("Start a sweep on the cluster and print its id.")
                    .WithExample("sweep", "start", "--preset", "paper");
                sweep.AddCommand<SweepWatchCommand>("watch")
                    .WithDescription("Follow a sweep until it ends; Ctrl+C stops watching, not the sweep.");
                sweep.AddCommand<SweepListCommand>("list")
                    .WithDescription("List the sweeps the cluster knows.");
                sweep.AddCommand<SweepShowCommand>("show")
                    .WithDescription("Show a sweep's state and the comparison table of its trials.");
                sweep.AddCommand<SweepCancelCommand>("cancel")
                    .WithDescription("Cancel a sweep's trials that have not ended.");
                sweep.AddCommand<SweepExportCommand>("export")
                    .WithDescription("Write a sweep's table (csv, md) or trials with learning curves (json).")
                    .WithExample(
                        "sweep", "export", "paper-20250114-093012-7f3a", "--format", "csv", "--out", "paper.csv");
                sweep.AddCommand<SweepPlotCommand>("plot")
                    .WithDescription("Draw a sweep's learning curves and accuracy against learning rate (PNG, SVG).")
                    .WithExample("sweep", "plot", "paper-20250114-093012-7f3a", "--out", "figures")
                    .WithExample("sweep", "plot", "--from", "trials.json");
                sweep.AddCommand<SweepReportCommand>("report")
                    .WithDescription("Write a sweep's Markdown report: specification, tables, statistics, figures.")
                    .WithExample("sweep", "report", "paper-20250114-093012-7f3a", "--out", "report")
                    .WithExample("sweep", "report", "--from", "trials.json", "--out", "report");
            });
        });
        return app.RunAsync(commandLine.Command, cancellation);
    }
}
