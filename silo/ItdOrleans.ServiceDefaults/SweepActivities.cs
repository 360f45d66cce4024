using System.Diagnostics;

namespace ItdOrleans.ServiceDefaults;

/// <summary>Spans for sweeps and trials on the <see cref="TelemetryNames.Source"/> activity source.</summary>
public static class SweepActivities
{
    /// <summary>The activity source every ItdOrleans span starts from.</summary>
    public static readonly ActivitySource Source = new(TelemetryNames.Source);

    /// <summary>Starts the span of a sweep, or returns null when nobody listens.</summary>
    public static Activity? StartSweep(string sweepId, int trialCount) =>
        WithSweepTags(Source.StartActivity("sweep " + sweepId), sweepId, trialCount);

    /// <summary>
    /// Starts the span of a sweep carried on after its grain was activated again, as a child of the
    /// span the sweep started with, given by its W3C <paramref name="traceParent"/>; null when nobody listens.
    /// </summary>
    public static Activity? ResumeSweep(string sweepId, int trialCount, string? traceParent)
    {
        ActivityContext.TryParse(traceParent, null, out var started);
        var activity = Source.StartActivity($"sweep {sweepId} (resumed)", ActivityKind.Internal, started);
        return WithSweepTags(activity, sweepId, trialCount);
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

    private static Activity? WithSweepTags(Activity? activity, string sweepId, int trialCount)
    {
        activity?.SetTag(TelemetryNames.SweepIdAttribute, sweepId);
        activity?.SetTag(TelemetryNames.TrialCountAttribute, trialCount);
        return activity;
    }

    /// <summary>Marks <paramref name="activity"/> as failed with the error's message.</summary>
    public static void RecordFailure(Activity? activity, Exception error)
    {
        activity?.SetStatus(ActivityStatusCode.Error, error.Message);
        activity?.AddException(error);
    }
}
