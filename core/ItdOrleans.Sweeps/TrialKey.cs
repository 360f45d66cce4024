using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Sweeps;

/// <summary>
/// The stable identity of a trial: a hash of its full specification, seed included, so that
/// asking twice for the same trial, from any sweep or client, names the same grain.
/// </summary>
public static class TrialKey
{
    /// <summary>A 32-hex-digit key for a specification.</summary>
    public static string Of(TrainingSpec spec)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(spec)));
        return Convert.ToHexStringLower(bytes, 0, 16);
    }

    /// <summary>Every field of the specification, by name, in a fixed order and format.</summary>
    public static string Canonical(TrainingSpec spec)
    {
        var fields = typeof(TrainingSpec)
            .GetProperties()
            .OrderBy(property => property.Name, StringComparer.Ordinal)
            .Select(property => $"{property.Name}={Format(property.GetValue(spec))}");
        return string.Join(';', fields);
    }

    private static string Format(object? value) => value switch
    {
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
