namespace ItdOrleans.Sweeps;

/// <summary>Where a trial of a sweep stands.</summary>
public enum TrialStatus
{
    Pending,
    Running,
    Finished,

    /// <summary>Training stopped because the loss became NaN or infinite.</summary>
    Diverged,

    /// <summary>Training threw more often than the retry limit allows, or ran out of time.</summary>
    Failed,

    Cancelled,
}
