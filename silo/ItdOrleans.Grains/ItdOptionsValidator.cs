using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ItdOrleans.Grains;

/// <summary>
/// Refuses settings of section "Itd" a silo cannot run with, such as no checkpoints or a negative
/// count of retries, each named by its key with its bound and the value given.
/// </summary>
public sealed class ItdOptionsValidator : IValidateOptions<ItdOptions>
{
    public ValidateOptionsResult Validate(string? name, ItdOptions options)
    {
        string?[] problems =
        [
            AtLeast(nameof(options.MaxTrials), options.MaxTrials, 1),
            AtLeast(nameof(options.TrainingSlots), options.TrainingSlots, 0),
            AtLeast(nameof(options.TrialRetries), options.TrialRetries, 0),
            AtLeast(nameof(options.TrialInterruptions), options.TrialInterruptions, 0),
            AtLeast(nameof(options.CheckpointInterval), options.CheckpointInterval, 1),
            AtLeast(nameof(options.SweepConcurrency), options.SweepConcurrency, 0),
            NotNegative(nameof(options.CheckpointPeriod), options.CheckpointPeriod),
            NotNegative(nameof(options.TrialTimeLimit), options.TrialTimeLimit),
            Positive(nameof(options.SliceDuration), options.SliceDuration),
            Positive(nameof(options.SweepPollInterval), options.SweepPollInterval),
            Positive(nameof(options.SweepRecoveryInterval), options.SweepRecoveryInterval),
        ];
        var failures = problems.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Checks the options of section "Itd" as the configuration holds them, before a silo is built.</summary>
    /// <exception cref="OptionsValidationException">A setting is out of range; the message names each.</exception>
    public static void Check(IConfiguration configuration)
    {
        var options = configuration.GetSection(ItdOptions.Section).Get<ItdOptions>() ?? new ItdOptions();
        if (new ItdOptionsValidator().Validate(Options.DefaultName, options) is { Failed: true } result)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ItdOptions), result.Failures);
        }
    }

    private static string? AtLeast(string key, int value, int least) =>
        value < least ? $"{ItdOptions.Section}:{key} must be at least {least}, got {value}" : null;

    private static string? NotNegative(string key, TimeSpan value) =>
        value < TimeSpan.Zero ? $"{ItdOptions.Section}:{key} must not be negative, got {Show(value)}" : null;

    private static string? Positive(string key, TimeSpan value) =>
        value <= TimeSpan.Zero ? $"{ItdOptions.Section}:{key} must be longer than zero, got {Show(value)}" : null;

    private static string Show(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
