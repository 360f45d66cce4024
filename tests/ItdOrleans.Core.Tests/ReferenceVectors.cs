using System.Text.Json;

namespace ItdOrleans.Core.Tests;

/// <summary>The exact two-step results of each learning rule from rule-vectors.json.</summary>
/// <remarks>
/// The file is read from Reference/, a copy of the project's shared reference kept beside these tests so
/// that they run without it; where the shared reference is at hand, the copy must be the same file.
/// </remarks>
internal sealed class ReferenceVectors
{
    private const string FileName = "rule-vectors.json";

    private ReferenceVectors(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public static ReferenceVectors Load()
    {
        var copy = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Reference", FileName));
        if (SharedReference() is { } shared)
        {
            Assert.True(
                copy.AsSpan().SequenceEqual(File.ReadAllBytes(shared)),
                $"tests/ItdOrleans.Core.Tests/Reference/{FileName} differs from {shared}: copy the shared file again");
        }

        return new ReferenceVectors(JsonDocument.Parse(copy).RootElement.Clone());
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

    // ITD_REFERENCE_DIR's file, which must exist when the variable is set; else ../shared/reference's, if any.
    private static string? SharedReference()
    {
        if (Environment.GetEnvironmentVariable("ITD_REFERENCE_DIR") is { Length: > 0 } fromVariable)
        {
            return Path.Combine(fromVariable, FileName);
        }

        var beside = Path.Combine(RealDigits.RepositoryRoot, "..", "shared", "reference", FileName);
        return File.Exists(beside) ? Path.GetFullPath(beside) : null;
    }
}
