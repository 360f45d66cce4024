using ItdOrleans.Sweeps;

namespace ItdOrleans.Grains;

/// <summary>How a silo runs trials and sweeps; bound from the configuration section "Itd".</summary>
public sealed class ItdOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Itd";

    /// <summary>The most trials a sweep may have; a sweep with more is refused when started.</summary>
    public int MaxTrials { get; set; } = new SweepValidationOptions().MaxTrials;

    /// <summary>Trials trained at once on this silo; 0 means one per processor.</summary>
    public int TrainingSlots { get; set; }

    /// <summary>
    /// How often a trial whose training threw is started again before it is marked failed, counted
    /// over all its activations and silos.
    /// </summary>
    public int TrialRetries { get; set; } = 2;

    /// <summary>
    /// How often a trial may lose its silo mid-training (the process killed or crashed) and resume
    /// elsewhere before it is marked failed, so that a trial that brings down every silo it runs on
    /// ends; a silo that stops gracefully does not count.
    /// </summary>
    public int TrialInterruptions { get; set; } = 5;

    /// <summary>Iterations between checkpoints of a trial's training state into its grain state.</summary>
    public int CheckpointInterval { get; set; } = 5_000;

    /// <summary>
    /// The longest a trial trains without a checkpoint, whatever <see cref="CheckpointInterval"/> says;
    /// zero leaves checkpoints to the iteration count alone.
    /// </summary>
    public TimeSpan CheckpointPeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The training time after which a trial is marked failed, counted over all its attempts and
    /// silos; zero means no limit.
    /// </summary>
    public TimeSpan TrialTimeLimit { get; set; }

    /// <summary>
    /// How long one slice of training runs before the trial reports progress and checks for
    /// cancellation; slices are sized from the measured speed.
    /// </summary>
    public TimeSpan SliceDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Trials of one sweep running at once; 0 means the training slots of the whole cluster: the
    /// sum of the slots the active silos publish, as the sweep's silo knows them at each launch.
    /// </summary>
    public int SweepConcurrency { get; set; }

    /// <summary>How often a sweep collects the progress of its running trials.</summary>
    public TimeSpan SweepPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often each silo wakes the sweeps the registry lists as running, so that a sweep whose
    /// silo died, or a whole cluster that was stopped, carries on without a client.
    /// </summary>
    public TimeSpan SweepRecoveryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The folder of each dataset's files by dataset name (key "Itd:DatasetDirectories:mnist");
    /// a dataset not listed is looked for where the dataset catalog looks by default.
    /// </summary>
    public Dictionary<string, string> DatasetDirectories { get; set; } = [];

    /// <summary>The configuration key of a dataset's folder, such as "Itd:DatasetDirectories:mnist".</summary>
    public static string DatasetDirectoryKey(string dataset) => $"{Section}:{nameof(DatasetDirectories)}:{dataset}";

    /// <summary>Root of the download cache of datasets; empty means the catalog's default.</summary>
    public string? DatasetCacheDirectory { get; set; }

    /// <summary>Whether a silo may download a dataset it cannot find.</summary>
    public bool AllowDatasetDownload { get; set; }

    /// <summary>The training slots with 0 resolved to the processor count.</summary>
    public int ResolvedTrainingSlots => TrainingSlots > 0 ? TrainingSlots : Environment.ProcessorCount;
}
