namespace ItdOrleans.Contracts;

/// <summary>One line of the sweep list.</summary>
/// <param name="Name">The specification's name.</param>
/// <param name="Ended">Trials that have ended, of <paramref name="Trials"/>.</param>
[GenerateSerializer, Immutable, Alias("itd.SweepSummary")]
public sealed record SweepSummary(
    string SweepId,
    string Name,
    SweepState State,
    int Trials,
    int Ended,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt);
