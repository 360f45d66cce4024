using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ItdOrleans.Sweeps;

/// <summary>
/// Sweep specifications as YAML: one key per setting, each axis a single value or a list,
/// <c>seeds</c> a count (seeds 1..n) or a list of seeds. Keys left out keep the defaults of
/// <see cref="SweepSpec"/>. Reading checks keys and value types only; run
/// <see cref="SweepValidator"/> before starting the sweep.
/// </summary>
public static class SweepYaml
{
    /// <summary>The keys a specification may have, in the order <see cref="Write"/> writes them.</summary>
    public static IReadOnlyList<string> Keys => SweepYamlReader.KeyNames;

    /// <summary>Reads a specification from YAML text.</summary>
    /// <param name="source">Names the text in error messages, such as its file name.</param>
    /// <exception cref="SweepSpecException">Unknown keys, wrong value types or malformed YAML.</exception>
    public static SweepSpec Parse(string yaml, string source = "sweep")
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            var problem = $"malformed YAML at line {exception.Start.Line}: {exception.Message}";
            throw new SweepSpecException(source, [problem]);
        }

        if (stream.Documents.Count != 1)
        {
            throw new SweepSpecException(source, [$"expected one YAML document, found {stream.Documents.Count}"]);
        }

        var reader = new SweepYamlReader();
        var spec = reader.Read(stream.Documents[0].RootNode);
        return reader.Problems.Count == 0 ? spec : throw new SweepSpecException(source, reader.Problems);
    }

    /// <summary>Reads a specification from a YAML file; error messages name the file.</summary>
    public static SweepSpec Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>Writes a specification as YAML that <see cref="Parse"/> reads back to an equal one.</summary>
    public static string Write(SweepSpec spec)
    {
        var isCount = spec.Seeds.Count > 0 && spec.Seeds.SequenceEqual(Enumerable.Range(1, spec.Seeds.Count));
        var root = new YamlMappingNode
        {
            { "name", spec.Name },
            { "dataset", spec.Dataset },
            { "rules", List(spec.Rules) },
            { "learning_rates", List(spec.LearningRates.Select(Number)) },
            { "minibatch_sizes", List(spec.MinibatchSizes.Select(Number)) },
            { "hidden_widths", List(spec.HiddenWidths.Select(Number)) },
            { "depths", List(spec.Depths.Select(Number)) },
            { "iterations", List(spec.Iterations.Select(Number)) },
            { "optimisers", List(spec.Optimisers) },
            { "seeds", isCount ? new YamlScalarNode(Number(spec.Seeds.Count)) : List(spec.Seeds.Select(Number)) },
            { "activation", spec.Activation },
            { "initialisation", spec.Initialisation },
            { "evaluation_interval", Number(spec.EvaluationInterval) },
            { "epoch_shuffling", spec.EpochShuffling ? "true" : "false" },
            { "centring", SweepVocabulary.NameOf(spec.Centring) },
        };

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);

        // The emitter closes the document with an explicit end marker that a single document does not need.
        var text = writer.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlSequenceNode List(IEnumerable<string> values) =>
        new(values.Select(value => new YamlScalarNode(value))) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant();
}
