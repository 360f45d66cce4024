using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Grains;

/// <summary>What a sweep grain keeps: its specification, state and the last record of each trial.</summary>
[GenerateSerializer, Alias("itd.SweepGrainState")]
public sealed class SweepGrainState
{
    /// <summary>Null until the sweep is started.</summary>
    [Id(0)]
    public SweepSpec? Spec { get; set; }

    [Id(1)]
    public SweepState State { get; set; }

    [Id(2)]
    public DateTimeOffset? StartedAt { get; set; }

    [Id(3)]
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>One record per trial, in grid order.</summary>
    [Id(4)]
    public List<TrialRecord> Trials { get; set; } = [];

    /// <summary>Trials started so far; trials start in grid order.</summary>
    [Id(5)]
    public int Launched { get; set; }

    /// <summary>Launched trials whose start failed for a passing reason, by key; polls start them again.</summary>
    [Id(6)]
    public HashSet<string> Unstarted { get; set; } = [];

    /// <summary>The W3C trace context of the span the sweep started with, which its later spans continue.</summary>
    [Id(7)]
    public string? TraceParent { get; set; }
}
