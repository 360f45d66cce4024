using ItdOrleans.Contracts;

namespace ItdOrleans.Grains;

/// <summary>The registry's summaries by sweep id.</summary>
[GenerateSerializer, Alias("itd.SweepRegistryState")]
public sealed class SweepRegistryState
{
    [Id(0)]
    public Dictionary<string, SweepSummary> Sweeps { get; set; } = [];
}
