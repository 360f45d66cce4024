namespace ItdOrleans.Cluster.Tests;

/// <summary>Tests that share one two-silo cluster.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Two-silo cluster";
}
