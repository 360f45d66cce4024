using ItdOrleans.Sweeps;

namespace ItdOrleans.Client.Views;

/// <summary>How the program's messages name a trial: its learning rule, seed and key.</summary>
public static class TrialName
{
    /// <summary>Such as "vbp seed 2 (3f0c...)".</summary>
    public static string Of(TrialRecord trial) => $"{trial.Spec.Rule} seed {trial.Spec.Seed} ({trial.Key})";
}
