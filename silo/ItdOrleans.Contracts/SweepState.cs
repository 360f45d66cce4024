namespace ItdOrleans.Contracts;

/// <summary>Where a sweep stands.</summary>
public enum SweepState
{
    /// <summary>No sweep was started under this id.</summary>
    NotStarted,

    Running,

    /// <summary>Every trial has ended: finished, diverged or failed.</summary>
    Finished,

    Cancelled,
}
