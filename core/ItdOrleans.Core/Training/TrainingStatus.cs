namespace ItdOrleans.Core.Training;

/// <summary>Where a training run stands.</summary>
public enum TrainingStatus
{
    Running,
    Finished,

    /// <summary>
    /// The minibatch loss became NaN, infinite or far past chance, or the evaluation losses or the
    /// parameters stopped being finite; the run stopped there.
    /// </summary>
    Diverged,
}
