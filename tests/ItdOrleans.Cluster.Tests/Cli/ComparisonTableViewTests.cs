using ItdOrleans.Client.Views;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>The comparison table as itd prints it: a single seed has a mean but no spread.</summary>
public sealed class ComparisonTableViewTests
{
    [Fact]
    public void One_seed_shows_its_mean_and_no_deviation_or_interval()
    {
        TrialRecord[] trials =
        [
            MadeTrials.Finished("vbp", seed: 1, testAccuracy: 0.9396f),
            MadeTrials.Finished("fba", seed: 1, testAccuracy: 0.90f),
            MadeTrials.Finished("fba", seed: 2, testAccuracy: 0.92f),
        ];

        var cells = Rows(ComparisonTable.From(trials));

        Assert.Equal(["93.96 ± -", "-"], cells["vbp"][0..2]);
        Assert.Equal("91.00 ± 1.41", cells["fba"][0]);
        Assert.Matches(@"^\d+\.\d\d to \d+\.\d\d$", cells["fba"][1]);
    }

    // The printed rows by learning rule, each as its trimmed cells after the rule.
    private static Dictionary<string, string[]> Rows(ComparisonTable table)
    {
        var terminal = new TextTerminal();
        terminal.Terminal.Out.Write(ComparisonTableView.Render(table, "one-seed"));

        return new ItdResult(0, terminal.Output, "")
            .TableRows(table.Rows.Select(row => row.Configuration.Rule).ToArray())
            .ToDictionary(cells => cells[1], cells => cells[2..]);
    }
}
