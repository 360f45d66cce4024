namespace ItdOrleans.ServiceDefaults;

/// <summary>The names under which ItdOrleans and Orleans publish traces and metrics.</summary>
/// <remarks>
/// Dashboards and deployment files refer to these names, so they live in one place.
/// </remarks>
public static class TelemetryNames
{
    /// <summary>The activity source of sweep and trial spans, and the meter of sweep instruments.</summary>
    public const string Source = "ItdOrleans";

    /// <summary>The meter Orleans publishes its runtime instruments on.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>The activity sources Orleans traces grain calls, lifecycle and storage on.</summary>
    public static readonly IReadOnlyList<string> OrleansActivitySources =
    [
        "Microsoft.Orleans.Application",
        "Microsoft.Orleans.Runtime",
        "Microsoft.Orleans.Lifecycle",
        "Microsoft.Orleans.Storage",
    ];

    /// <summary>Trials currently training (up-down counter).</summary>
    public const string TrialsRunning = "itd.trials.running";

    /// <summary>Trials that ended, tagged by learning rule and status (counter).</summary>
    public const string TrialsEnded = "itd.trials.ended";

    /// <summary>Minibatch iterations trained, tagged by learning rule (counter).</summary>
    public const string TrainingIterations = "itd.training.iterations";

    /// <summary>Training time of an ended trial over all its attempts and silos, in seconds (histogram).</summary>
    public const string TrialDuration = "itd.trial.duration";

    /// <summary>Latest accuracy reported per learning rule and split (gauge).</summary>
    public const string Accuracy = "itd.accuracy";

    /// <summary>Latest loss reported per learning rule and split (gauge).</summary>
    public const string Loss = "itd.loss";

    /// <summary>Tag naming the learning rule (vbp, fba, itd).</summary>
    public const string RuleTag = "rule";

    /// <summary>Tag naming how a trial ended.</summary>
    public const string StatusTag = "status";

    /// <summary>Tag naming the data split a measurement was taken on.</summary>
    public const string SplitTag = "split";

    /// <summary>Span attribute carrying the sweep id.</summary>
    public const string SweepIdAttribute = "itd.sweep.id";

    /// <summary>Span attribute carrying the trial id.</summary>
    public const string TrialIdAttribute = "itd.trial.id";

    /// <summary>Span attribute carrying the learning rule.</summary>
    public const string RuleAttribute = "itd.rule";

    /// <summary>Span attribute carrying the seed of a trial.</summary>
    public const string SeedAttribute = "itd.seed";

    /// <summary>Span attribute carrying how a sweep ended: finished or cancelled.</summary>
    public const string SweepStateAttribute = "itd.sweep.state";

    /// <summary>Span attribute carrying the number of trials in a sweep.</summary>
    public const string TrialCountAttribute = "itd.sweep.trials";
}
