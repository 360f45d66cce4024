namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>The size of the trials of the durability tests: long enough to interrupt, short enough to rerun.</summary>
internal static class DurableTrials
{
    public const int Iterations = 4_000;

    public const int EvaluationInterval = 500;

    /// <summary>Matches Itd:CheckpointInterval of <see cref="DurableSettings.Silo"/>.</summary>
    public const int CheckpointInterval = 100;
}
