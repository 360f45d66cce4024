using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Client.Commands;

/// <summary>
/// What is wrong with a trials file, in the file's own terms: the place (<c>trials[3].spec.hiddenWidth</c>),
/// the field names it uses and the kind of value expected there, not the program's types.
/// </summary>
internal static partial class JsonProblem
{
    /// <summary>The problem in words, with its place and line.</summary>
    public static string Describe(JsonException exception)
    {
        var place = exception.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : null;
        var line = exception.LineNumber is { } number ? $" (line {number + 1})" : "";

        // A reader's exception inside: the text is not JSON at all.
        if (exception.InnerException?.GetType().Name == "JsonReaderException")
        {
            return $"it is not valid JSON: {WithoutPosition(exception.InnerException.Message)}{line}";
        }

        if (Missing().Match(exception.Message) is { Success: true } missing)
        {
            var fields = missing.Groups[1].Value.TrimEnd('.');
            var noun = fields.Contains(',') ? "fields" : "field";
            return $"{place ?? "the file"} lacks the {noun} {fields}{line}";
        }

        if (exception.Message.Contains("null values", StringComparison.Ordinal))
        {
            return $"{place ?? "the file"} is null, but must have a value{line}";
        }

        if (exception.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            var expected = Expected(TypeAt(place));
            return $"{place ?? "the file"} holds a value of the wrong kind: {expected} is expected{line}";
        }

        return place is null ? WithoutPosition(exception.Message) : $"{place}: {WithoutPosition(exception.Message)}";
    }

    // The type a place in a trials file is read into, such as int for trials[0].spec.hiddenWidth.
    private static Type? TypeAt(string? place)
    {
        Type? type = typeof(SweepTrials);
        foreach (var step in Steps().Matches(place ?? "").Select(match => match.Value))
        {
            type = step.StartsWith('[')
                ? ElementOf(type)
                : type?.GetProperty(step, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                    ?.PropertyType;
        }

        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    private static Type? ElementOf(Type? list) => list?
        .GetInterfaces()
        .Append(list)
        .FirstOrDefault(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        ?.GetGenericArguments()[0];

    private static string Expected(Type? type) => type switch
    {
        null => "the form a file of 'itd sweep run --json' has",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) || type == typeof(float) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(string) => "text in quotes",
        { IsEnum: true } =>
            $"one of {string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.KebabCaseLower.ConvertName))}",
        _ when typeof(IEnumerable).IsAssignableFrom(type) => "a list in brackets",
        _ => "an object in braces",
    };

    // System.Text.Json ends its messages with where it stopped, which the caller says in words.
    private static string WithoutPosition(string message) =>
        message.Split([" Path:", " LineNumber:"], 2, StringSplitOptions.None)[0].Trim();

    [GeneratedRegex("missing required properties including: (.*)$")]
    private static partial Regex Missing();

    [GeneratedRegex(@"\[\d+\]|[^.\[\]]+")]
    private static partial Regex Steps();
}
