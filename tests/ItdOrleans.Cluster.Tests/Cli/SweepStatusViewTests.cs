using ItdOrleans.Client.Views;
using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>What itd prints of a sweep that ended: the table, then why each failed trial failed, and where.</summary>
public sealed class SweepStatusViewTests
{
    [Fact]
    public void A_failed_trial_is_named_with_the_silo_it_ran_on_when_known()
    {
        var onSilo = MadeTrials.Failed("vbp", 2, "out of memory", silo: "S10.0.0.5:11111:98765432");
        var nowhere = MadeTrials.Failed("fba", 1, "no slot", silo: null);
        var status = new SweepStatus(
            "s", null, SweepState.Finished, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [onSilo, nowhere]);
        var terminal = new TextTerminal();

        new SweepStatusView(terminal.Terminal).WriteResults(status);

        var lines = terminal.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            [
                $"trial vbp seed 2 ({onSilo.Key}) failed on silo S10.0.0.5:11111:98765432: out of memory",
                $"trial fba seed 1 ({nowhere.Key}) failed: no slot",
            ],
            lines);
    }
}
