namespace ItdOrleans.Core.Training;

/// <summary>Where a training run stands.</summary>
public enum TrainingStatus
{
    Running,
    Finished,

    /// <summary>The loss became NaN or infinite; the run stopped there.</summary>
    Diverged,
}
