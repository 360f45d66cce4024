namespace ItdOrleans.Grains;

/// <summary>Names of the grain storage provider and states used by the grains.</summary>
public static class GrainStorage
{
    /// <summary>The storage provider every grain state is kept in.</summary>
    public const string Provider = "itd";

    /// <summary>The name of a trial grain's state.</summary>
    public const string TrialState = "trial";
}
