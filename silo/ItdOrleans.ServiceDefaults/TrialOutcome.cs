namespace ItdOrleans.ServiceDefaults;

/// <summary>How a trial ended, as recorded by <see cref="SweepMetrics"/>.</summary>
public enum TrialOutcome
{
    /// <summary>The trial trained all its epochs.</summary>
    Finished,

    /// <summary>The trial stopped on an error.</summary>
    Failed,

    /// <summary>The trial stopped because its loss became non-finite or exploded.</summary>
    Diverged,
}
