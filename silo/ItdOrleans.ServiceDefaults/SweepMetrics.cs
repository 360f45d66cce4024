using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ItdOrleans.ServiceDefaults;

/// <summary>The instruments sweeps and trials record on the <see cref="TelemetryNames.Source"/> meter.</summary>
public sealed class SweepMetrics
{
    // Trials last from seconds (a smoke test) to an hour (a full paper run).
    private static readonly double[] DurationBuckets = [1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1200, 1800, 3600];

    private readonly UpDownCounter<long> _trialsRunning;
    private readonly Counter<long> _trialsEnded;
    private readonly Counter<long> _trainingIterations;
    private readonly Histogram<double> _trialDuration;
    private readonly ConcurrentDictionary<(string Rule, string Split), double> _accuracy = new();
    private readonly ConcurrentDictionary<(string Rule, string Split), double> _loss = new();

    /// <summary>Creates the instruments on a meter owned by <paramref name="meterFactory"/>.</summary>
    public SweepMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(TelemetryNames.Source);

        _trialsRunning = meter.CreateUpDownCounter<long>(
            TelemetryNames.TrialsRunning, "{trial}", "Trials currently training.");
        _trialsEnded = meter.CreateCounter<long>(
            TelemetryNames.TrialsEnded, "{trial}", "Trials that ended, by learning rule and status.");
        _trainingIterations = meter.CreateCounter<long>(
            TelemetryNames.TrainingIterations, "{iteration}", "Minibatch iterations trained, by learning rule.");
        _trialDuration = meter.CreateHistogram(
            TelemetryNames.TrialDuration,
            "s",
            "Time a trial spent training, summed over all its attempts and silos, recorded when it ends.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

        // No unit on accuracy and loss: a unit of "1" makes some Prometheus translators append "_ratio"
        // and others not, and the dashboards must find the same name on every path.
        meter.CreateObservableGauge(
            TelemetryNames.Accuracy, () => Observe(_accuracy), description: "Latest accuracy reported.");
        meter.CreateObservableGauge(
            TelemetryNames.Loss, () => Observe(_loss), description: "Latest loss reported.");
    }

    /// <summary>Counts a trial of <paramref name="rule"/> as running.</summary>
    public void TrialStarted(string rule)
    {
        _trialsRunning.Add(1, RuleTag(rule));
    }

    /// <summary>
    /// Counts a trial of <paramref name="rule"/> as ended and records <paramref name="duration"/>, its
    /// training time over all its attempts and silos.
    /// </summary>
    public void TrialEnded(string rule, TrialOutcome outcome, TimeSpan duration)
    {
        var ruleTag = RuleTag(rule);
        var statusTag = new KeyValuePair<string, object?>(TelemetryNames.StatusTag, TagValues.Of(outcome));

        _trialsRunning.Add(-1, ruleTag);
        _trialsEnded.Add(1, ruleTag, statusTag);
        _trialDuration.Record(duration.TotalSeconds, ruleTag, statusTag);
    }

    /// <summary>
    /// Counts a trial of <paramref name="rule"/> as no longer running without ending it: cancelled,
    /// or paused because its silo is stopping.
    /// </summary>
    public void TrialStopped(string rule)
    {
        _trialsRunning.Add(-1, RuleTag(rule));
    }

    /// <summary>Adds <paramref name="iterations"/> trained minibatch iterations of <paramref name="rule"/>.</summary>
    public void IterationsTrained(string rule, long iterations)
    {
        _trainingIterations.Add(iterations, RuleTag(rule));
    }

    /// <summary>Keeps the latest accuracy and loss of <paramref name="rule"/> on <paramref name="split"/>.</summary>
    public void Evaluated(string rule, EvaluationSplit split, double accuracy, double loss)
    {
        var key = (rule, TagValues.Of(split));
        _accuracy[key] = accuracy;
        _loss[key] = loss;
    }

    private static KeyValuePair<string, object?> RuleTag(string rule) => new(TelemetryNames.RuleTag, rule);

    private static IEnumerable<Measurement<double>> Observe(
        ConcurrentDictionary<(string Rule, string Split), double> latest)
    {
        foreach (var ((rule, split), value) in latest)
        {
            yield return new Measurement<double>(
                value,
                RuleTag(rule),
                new KeyValuePair<string, object?>(TelemetryNames.SplitTag, split));
        }
    }
}
