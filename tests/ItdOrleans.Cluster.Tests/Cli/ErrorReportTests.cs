using ItdOrleans.Client;
using ItdOrleans.Grains;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>How a command's failure is worded: what went wrong and what to do, no stack without --verbose.</summary>
public sealed class ErrorReportTests
{
    [Fact]
    public void A_runtime_message_holding_a_stack_is_cut_to_what_failed_and_why()
    {
        var sqlite = new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
        var failure = new OrleansException(
            "Error from storage provider AdoNetGrainStorage.sweep during WriteStateAsync for grain sweep/s\n \n"
            + "Exc level 0: Microsoft.Data.Sqlite.SqliteException: SQLite Error 13: 'database or disk is full'.\n"
            + "   at Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(Int32 rc, sqlite3 db)",
            sqlite);
        var terminal = new TextTerminal();

        var exitCode = new ErrorReport(terminal.Terminal, Verbose: false).Write(failure);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal(
            "the cluster did not answer: Error from storage provider AdoNetGrainStorage.sweep during WriteStateAsync "
            + "for grain sweep/s: SQLite Error 13: 'database or disk is full'.",
            terminal.Error.Trim());
    }

    [Fact]
    public void A_store_held_by_another_silo_is_refused_as_input_not_labelled_a_fault()
    {
        var terminal = new TextTerminal();
        var held = new LocalStoreException("/tmp/itd.db", "The grain storage /tmp/itd.db is in use by another silo.");

        var exitCode = new ErrorReport(terminal.Terminal, Verbose: false).Write(held);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal("The grain storage /tmp/itd.db is in use by another silo.", terminal.Error.Trim());
    }

    [Fact]
    public void An_unforeseen_failure_points_to_verbose_only_when_it_is_off()
    {
        var failure = new NotSupportedException("not here");
        var (quiet, verbose) = (new TextTerminal(), new TextTerminal());

        new ErrorReport(quiet.Terminal, Verbose: false).Write(failure);
        new ErrorReport(verbose.Terminal, Verbose: true).Write(failure);

        Assert.Equal("NotSupportedException: not here (--verbose shows where)", quiet.Error.Trim());
        Assert.StartsWith("NotSupportedException: not here\n", verbose.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_silo_setting_out_of_range_is_refused_as_input()
    {
        var terminal = new TextTerminal();
        var wrong = new OptionsValidationException(
            Options.DefaultName, typeof(ItdOptions), ["Itd:TrialRetries must be at least 0, got -1"]);

        var exitCode = new ErrorReport(terminal.Terminal, Verbose: false).Write(wrong);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal("Itd:TrialRetries must be at least 0, got -1", terminal.Error.Trim());
    }
}
