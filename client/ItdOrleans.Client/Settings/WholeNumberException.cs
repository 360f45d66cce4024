using System.Globalization;

namespace ItdOrleans.Client.Settings;

/// <summary>An option's value is not a whole number this program can hold.</summary>
public sealed class WholeNumberException(string text) : FormatException($"'{text}' is not a whole number")
{
    /// <summary>The value as given.</summary>
    public string Text { get; } = text;

    /// <summary>What was expected, in words; with the limit when the value is a whole number past it.</summary>
    public string Expected =>
        Text.Trim().TrimStart('-', '+') is { Length: > 0 } digits && digits.All(char.IsAsciiDigit)
            ? $"a whole number up to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}"
            : "a whole number";
}
