using System.Diagnostics;

namespace ItdOrleans.ServiceDefaults;

/// <summary>Spans for sweeps and trials on the <see cref="TelemetryNames.Source"/> activity source.</summary>
public static class SweepActivities
{
    /// <summary>The activity source every ItdOrleans span starts from.</summary>
    public static readonly ActivitySource Source = new(TelemetryNames.Source);

    /// <summary>Starts the span of a sweep, or returns null when nobody listens.</summary>
    public static Activity? StartSweep(string sweepId, int trialCount)
    {
        var activity = Source.StartActivity("sweep " + sweepId);
        activity?.SetTag(TelemetryNames.SweepIdAttribute, sweepId);
        activity?.SetTag(TelemetryNames.TrialCountAttribute, trialCount);
        return activity;
    }

    /// <summary>Starts the span of one trial, or returns null when nobody listens.</summary>
    public static Activity? StartTrial(string trialId, string rule, int seed)
    {
        var activity = Source.StartActivity("trial " + rule);
        activity?.SetTag(TelemetryNames.TrialIdAttribute, trialId);
        activity?.SetTag(TelemetryNames.RuleAttribute, rule);
        activity?.SetTag(TelemetryNames.SeedAttribute, seed);
        return activity;
    }

    /// <summary>Marks <paramref name="activity"/> as failed with the error's message.</summary>
    public static void RecordFailure(Activity? activity, Exception error)
    {
        activity?.SetStatus(ActivityStatusCode.Error, error.Message);
        activity?.AddException(error);
    }
}
