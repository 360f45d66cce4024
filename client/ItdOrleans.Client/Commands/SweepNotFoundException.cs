namespace ItdOrleans.Client.Commands;

/// <summary>No sweep was started under the id the user gave.</summary>
public sealed class SweepNotFoundException(string sweepId)
    : Exception($"no sweep '{sweepId}' on this cluster; 'itd sweep list' shows the sweeps it knows")
{
    public string SweepId { get; } = sweepId;
}
