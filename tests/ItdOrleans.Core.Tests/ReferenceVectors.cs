using System.Text.Json;

namespace ItdOrleans.Core.Tests;

/// <summary>The exact two-step results of each learning rule from rule-vectors.json.</summary>
internal sealed class ReferenceVectors
{
    private ReferenceVectors(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public static ReferenceVectors Load()
    {
        var path = Path.Combine(RepositoryPaths.ReferenceDirectory(), "rule-vectors.json");
        using var stream = File.OpenRead(path);
        return new ReferenceVectors(JsonDocument.Parse(stream).RootElement.Clone());
    }

    public int[] Sizes => Root.GetProperty("sizes").EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public float LearningRate => (float)Root.GetProperty("learning_rate").GetDouble();

    public static float[] Flatten(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().SelectMany(Flatten).ToArray()
            : [(float)element.GetDouble()];

    public static double[] FlattenExact(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().SelectMany(FlattenExact).ToArray()
            : [element.GetDouble()];

    /// <summary>Each entry of a per-layer list, flattened row-major.</summary>
    public static float[][] Layers(JsonElement list) => list.EnumerateArray().Select(Flatten).ToArray();
}
