namespace ItdOrleans.ServiceDefaults;

/// <summary>The tag values that <see cref="TrialOutcome"/> and <see cref="EvaluationSplit"/> export as.</summary>
public static class TagValues
{
    /// <summary>The lower-case tag value of a trial outcome.</summary>
    public static string Of(TrialOutcome outcome) => outcome switch
    {
        TrialOutcome.Finished => "finished",
        TrialOutcome.Failed => "failed",
        TrialOutcome.Diverged => "diverged",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown trial outcome."),
    };

    /// <summary>The lower-case tag value of an evaluation split.</summary>
    public static string Of(EvaluationSplit split) => split switch
    {
        EvaluationSplit.Validation => "validation",
        EvaluationSplit.Test => "test",
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Unknown evaluation split."),
    };
}
