using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Grains;

/// <summary>What a trial grain keeps: its record's fields and a checkpoint to resume from.</summary>
[GenerateSerializer, Alias("itd.TrialGrainState")]
public sealed class TrialGrainState
{
    /// <summary>Null until the trial is first started.</summary>
    [Id(0)]
    public TrainingSpec? Spec { get; set; }

    [Id(1)]
    public TrialStatus Status { get; set; }

    [Id(2)]
    public int IterationsDone { get; set; }

    [Id(3)]
    public double IterationsPerSecond { get; set; }

    /// <summary>The result so far, learning curve included.</summary>
    [Id(4)]
    public TrainingResult? Result { get; set; }

    [Id(5)]
    public string? Error { get; set; }

    [Id(6)]
    public string? Silo { get; set; }

    [Id(7)]
    public int Attempts { get; set; }

    /// <summary>The trainer's saved state, kept while the trial may still resume.</summary>
    [Id(8)]
    public byte[]? Checkpoint { get; set; }

    /// <summary>The sweeps that want this trial.</summary>
    [Id(9)]
    public HashSet<string> Sweeps { get; set; } = [];

    /// <summary>Time spent training so far, over every attempt and silo, up to the last write.</summary>
    [Id(10)]
    public TimeSpan TrainingTime { get; set; }

    /// <summary>Attempts that threw, over every activation and silo; compared with the retry limit.</summary>
    [Id(11)]
    public int Failures { get; set; }

    /// <summary>Activations that found the trial stored as running, its silo gone without stopping it.</summary>
    [Id(12)]
    public int Interruptions { get; set; }

    /// <summary>The copy of the dataset it last trained on.</summary>
    [Id(13)]
    public DataCopy? Data { get; set; }
}
