using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItdOrleans.Sweeps;

/// <summary>
/// JSON for trials and comparison tables, meant for other programs: camelCase property names,
/// enums as kebab-case strings (finished, training-mean), NaN and infinities as the strings "NaN",
/// "Infinity" and "-Infinity", properties in declaration order, indented. Reading is strict:
/// a missing constructor argument or a null where none is allowed is an error.
/// </summary>
public static class SweepJson
{
    /// <summary>The serializer options used for every file this class writes.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        IgnoreReadOnlyProperties = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    /// <summary>Every trial with its full specification, status, final metrics and learning curve.</summary>
    public static string WriteTrials(SweepTrials trials) => JsonSerializer.Serialize(trials, Options);

    /// <summary>Reads what <see cref="WriteTrials"/> wrote.</summary>
    /// <exception cref="JsonException">The text is not a trials file of a known version.</exception>
    public static SweepTrials ReadTrials(string json)
    {
        var trials = JsonSerializer.Deserialize<SweepTrials>(json, Options)
            ?? throw new JsonException("a trials file must hold an object, found null");
        return trials.Version == 1
            ? trials
            : throw new JsonException($"trials file version {trials.Version} is not supported; expected 1");
    }

    public static string WriteTable(ComparisonTable table) => JsonSerializer.Serialize(table, Options);

    /// <summary>Reads what <see cref="WriteTable"/> wrote.</summary>
    public static ComparisonTable ReadTable(string json) =>
        JsonSerializer.Deserialize<ComparisonTable>(json, Options)
            ?? throw new JsonException("a comparison table file must hold an object, found null");
}
