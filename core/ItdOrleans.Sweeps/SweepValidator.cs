using System.Globalization;
using ItdOrleans.Core.Data;

namespace ItdOrleans.Sweeps;

/// <summary>
/// Checks a sweep specification before any trial starts and reports every problem at once,
/// naming each setting by its YAML key.
/// </summary>
public static class SweepValidator
{
    /// <summary>The longest sweep name, in characters; sweep ids begin with the name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Every problem with the specification; empty when it can run.</summary>
    public static IReadOnlyList<string> Validate(SweepSpec spec, SweepValidationOptions? options = null)
    {
        options ??= new SweepValidationOptions();
        var problems = new List<string>();

        if (string.IsNullOrWhiteSpace(spec.Name))
        {
            problems.Add("'name' is empty; a sweep needs a name");
        }
        else if (spec.Name.Length > MaxNameLength)
        {
            problems.Add($"'name' has {spec.Name.Length} characters; a sweep name may have at most {MaxNameLength}");
        }

        problems.AddRange(Unknown("dataset", "dataset", [spec.Dataset], SweepVocabulary.Datasets));
        var known = SweepVocabulary.Datasets.Contains(spec.Dataset);
        if (known && options.CheckDataset?.Invoke(spec.Dataset) is { } missing)
        {
            problems.Add(missing);
        }

        problems.AddRange(Unknown("rules", "rule", spec.Rules, SweepVocabulary.Rules));
        problems.AddRange(Unknown("optimisers", "optimiser", spec.Optimisers, SweepVocabulary.Optimisers));
        problems.AddRange(Unknown("activation", "activation", [spec.Activation], SweepVocabulary.Activations));
        problems.AddRange(Unknown(
            "initialisation", "initialisation", [spec.Initialisation], SweepVocabulary.Initialisations));

        problems.AddRange(spec.LearningRates
            .Where(rate => !(rate > 0 && double.IsFinite(rate)))
            .Select(rate => $"learning rate {Show(rate)} in 'learning_rates' must be a positive finite number"));
        problems.AddRange(NotPositive("minibatch_sizes", spec.MinibatchSizes));
        problems.AddRange(NotPositive("hidden_widths", spec.HiddenWidths));
        problems.AddRange(NotPositive("depths", spec.Depths));
        problems.AddRange(NotPositive("iterations", spec.Iterations));
        problems.AddRange(NotPositive("evaluation_interval", [spec.EvaluationInterval]));

        if (known)
        {
            var shape = DatasetCatalog.ShapeOf(spec.Dataset);
            problems.AddRange(MinibatchesTooLarge(spec, shape));
            problems.AddRange(NetworksTooLarge(spec, shape, options.MaxParameters));
        }

        problems.AddRange(AxisProblems("rules", spec.Rules));
        problems.AddRange(AxisProblems("learning_rates", spec.LearningRates));
        problems.AddRange(AxisProblems("minibatch_sizes", spec.MinibatchSizes));
        problems.AddRange(AxisProblems("hidden_widths", spec.HiddenWidths));
        problems.AddRange(AxisProblems("depths", spec.Depths));
        problems.AddRange(AxisProblems("iterations", spec.Iterations));
        problems.AddRange(AxisProblems("optimisers", spec.Optimisers));
        problems.AddRange(AxisProblems("seeds", spec.Seeds));

        var trials = SweepGrid.Count(spec);
        if (trials > options.MaxTrials)
        {
            problems.Add($"the grid has {Count(trials)} trials, more than the limit of {Count(options.MaxTrials)}");
        }

        return problems;
    }

    /// <summary>Throws a <see cref="SweepSpecException"/> listing every problem, if there are any.</summary>
    public static void EnsureValid(SweepSpec spec, SweepValidationOptions? options = null)
    {
        var problems = Validate(spec, options);
        if (problems.Count > 0)
        {
            throw new SweepSpecException(spec.Name, problems);
        }
    }

    private static IEnumerable<string> Unknown(
        string key, string what, IEnumerable<string> names, IReadOnlyList<string> known) =>
        names
            .Where(name => !known.Contains(name))
            .Select(name => $"unknown {what} '{name}' in '{key}'{ClosestName.Hint(name, known)} "
                + $"(known: {string.Join(", ", known)})");

    private static IEnumerable<string> NotPositive(string key, IEnumerable<int> values) =>
        values.Where(value => value <= 0).Select(value => $"'{key}' has {value}; it must be at least 1");

    private static IEnumerable<string> MinibatchesTooLarge(SweepSpec spec, DatasetShape shape) =>
        spec.MinibatchSizes
            .Where(size => size > shape.TrainingImages)
            .Distinct()
            .Select(size => $"minibatch size {size} in 'minibatch_sizes' is larger than the "
                + $"{Count(shape.TrainingImages)} training images of {spec.Dataset}");

    private static IEnumerable<string> NetworksTooLarge(SweepSpec spec, DatasetShape shape, long limit) =>
        from width in spec.HiddenWidths.Where(width => width > 0).Distinct()
        from depth in spec.Depths.Where(depth => depth > 0).Distinct()
        let parameters = shape.ParameterCount(width, depth)
        where parameters > limit
        select $"'hidden_widths' {width} with 'depths' {depth} make a network of {Count(parameters)} "
            + $"parameters, more than the limit of {Count(limit)}";

    private static IEnumerable<string> AxisProblems<T>(string key, IReadOnlyList<T> values)
    {
        if (values.Count == 0)
        {
            yield return $"'{key}' is empty, so the grid has no trials";
        }

        foreach (var duplicate in values.GroupBy(value => value).Where(group => group.Count() > 1))
        {
            yield return $"'{key}' lists {Show(duplicate.Key)} {duplicate.Count()} times";
        }
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Show<T>(T value) => value is IFormattable formattable
        ? formattable.ToString(null, CultureInfo.InvariantCulture)
        : value?.ToString() ?? "";
}
