using System.Globalization;
using ItdOrleans.Core.Data;
using YamlDotNet.RepresentationModel;

namespace ItdOrleans.Sweeps;

/// <summary>
/// Reads a sweep specification from a YAML mapping, collecting every unknown key and badly typed
/// value with its line instead of stopping at the first.
/// </summary>
internal sealed class SweepYamlReader
{
    private delegate bool Converter<T>(string text, out T value);

    private delegate SweepSpec Setter(SweepYamlReader reader, string key, YamlNode node, SweepSpec spec);

    private const string Words = "text";
    private const string Number = "number";
    private const string WholeNumber = "whole number";

    private static readonly Dictionary<string, Setter> Keys = new()
    {
        ["name"] = (r, k, n, s) => s with { Name = r.Single(k, n, Text, Words, s.Name) },
        ["dataset"] = (r, k, n, s) => s with { Dataset = r.Single(k, n, Text, Words, s.Dataset) },
        ["rules"] = (r, k, n, s) => s with { Rules = r.Axis(k, n, Text, Words, s.Rules) },
        ["learning_rates"] = (r, k, n, s) => s with { LearningRates = r.Axis(k, n, Real, Number, s.LearningRates) },
        ["minibatch_sizes"] = (r, k, n, s) =>
            s with { MinibatchSizes = r.Axis(k, n, Whole, WholeNumber, s.MinibatchSizes) },
        ["hidden_widths"] = (r, k, n, s) => s with { HiddenWidths = r.Axis(k, n, Whole, WholeNumber, s.HiddenWidths) },
        ["depths"] = (r, k, n, s) => s with { Depths = r.Axis(k, n, Whole, WholeNumber, s.Depths) },
        ["iterations"] = (r, k, n, s) => s with { Iterations = r.Axis(k, n, Whole, WholeNumber, s.Iterations) },
        ["optimisers"] = (r, k, n, s) => s with { Optimisers = r.Axis(k, n, Text, Words, s.Optimisers) },
        ["seeds"] = (r, k, n, s) => s with { Seeds = r.Seeds(k, n, s.Seeds) },
        ["activation"] = (r, k, n, s) => s with { Activation = r.Single(k, n, Text, Words, s.Activation) },
        ["initialisation"] = (r, k, n, s) =>
            s with { Initialisation = r.Single(k, n, Text, Words, s.Initialisation) },
        ["evaluation_interval"] = (r, k, n, s) =>
            s with { EvaluationInterval = r.Single(k, n, Whole, WholeNumber, s.EvaluationInterval) },
        ["epoch_shuffling"] = (r, k, n, s) =>
            s with { EpochShuffling = r.Single(k, n, Flag, "true or false", s.EpochShuffling) },
        ["centring"] = (r, k, n, s) =>
            s with { Centring = r.Single(k, n, CentringName, "training-mean or per-split", s.Centring) },
    };

    private readonly List<string> _problems = [];

    /// <summary>The keys a sweep specification may have, in the order they are written.</summary>
    public static IReadOnlyList<string> KeyNames { get; } = [.. Keys.Keys];

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Reads the mapping over the defaults of <see cref="SweepSpec"/>; check <see cref="Problems"/>.</summary>
    public SweepSpec Read(YamlNode root)
    {
        var spec = new SweepSpec();
        if (root is not YamlMappingNode mapping)
        {
            _problems.Add($"expected a mapping of keys to values at line {root.Start.Line}");
            return spec;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? "" : keyNode.ToString();
            if (Keys.TryGetValue(key, out var setter))
            {
                spec = setter(this, key, valueNode, spec);
            }
            else
            {
                _problems.Add(UnknownKey(key, keyNode.Start.Line));
            }
        }

        return spec;
    }

    private static string UnknownKey(string key, long line)
    {
        var closest = ClosestName.Of(key, KeyNames);
        return closest is null
            ? $"unknown key '{key}' at line {line}; known keys: {string.Join(", ", KeyNames)}"
            : $"unknown key '{key}' at line {line}; did you mean '{closest}'?";
    }

    private T Single<T>(string key, YamlNode node, Converter<T> convert, string kind, T fallback)
    {
        if (node is not YamlScalarNode scalar)
        {
            _problems.Add($"key '{key}' at line {node.Start.Line} takes a single {kind}, not a list or mapping");
            return fallback;
        }

        return Convert(key, scalar, convert, kind, out var value) ? value : fallback;
    }

    private IReadOnlyList<T> Axis<T>(
        string key, YamlNode node, Converter<T> convert, string kind, IReadOnlyList<T> fallback)
    {
        IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence.Children : [node];
        var values = new List<T>();
        var valid = true;
        foreach (var item in items)
        {
            if (item is not YamlScalarNode scalar)
            {
                _problems.Add($"key '{key}' at line {item.Start.Line} takes a {kind} or a list of them");
                valid = false;
            }
            else if (Convert(key, scalar, convert, kind, out var value))
            {
                values.Add(value);
            }
            else
            {
                valid = false;
            }
        }

        return valid ? values : fallback;
    }

    // A single number is a count (seeds 1..n); a list names the seeds.
    private IReadOnlyList<int> Seeds(string key, YamlNode node, IReadOnlyList<int> fallback)
    {
        if (node is not YamlScalarNode scalar)
        {
            return Axis(key, node, Whole, WholeNumber, fallback);
        }

        if (!Convert<int>(key, scalar, Whole, WholeNumber, out var count))
        {
            return fallback;
        }

        if (SweepSpec.SeedCountProblem(count) is { } problem)
        {
            _problems.Add($"key '{key}' at line {scalar.Start.Line}: a count of seeds {problem}");
            return fallback;
        }

        return [.. Enumerable.Range(1, count)];
    }

    private bool Convert<T>(string key, YamlScalarNode scalar, Converter<T> convert, string kind, out T value)
    {
        var text = scalar.Value ?? "";
        if (text.Length > 0 && convert(text, out value))
        {
            return true;
        }

        _problems.Add(text.Length == 0
            ? $"key '{key}' at line {scalar.Start.Line} has no value; expected a {kind}"
            : $"key '{key}' at line {scalar.Start.Line} expects a {kind}, got '{text}'");
        value = default!;
        return false;
    }

    private static bool Text(string text, out string value)
    {
        value = text;
        return true;
    }

    private static bool Whole(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static bool Real(string text, out double value)
    {
        switch (text.ToLowerInvariant())
        {
            case ".nan":
                value = double.NaN;
                return true;
            case ".inf" or "+.inf":
                value = double.PositiveInfinity;
                return true;
            case "-.inf":
                value = double.NegativeInfinity;
                return true;
            default:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }

    private static bool Flag(string text, out bool value) => bool.TryParse(text, out value);

    private static bool CentringName(string text, out Centring value) =>
        SweepVocabulary.Centrings.TryGetValue(text, out value);
}
