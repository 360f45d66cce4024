using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ItdOrleans.Client;

/// <summary>Readable, unique sweep ids: the sweep's name, the UTC time and a short random suffix.</summary>
public static partial class SweepIds
{
    /// <summary>An id such as <c>paper-20250114-093012-7f3a</c>.</summary>
    public static string New(string sweepName, DateTimeOffset now)
    {
        var name = Unsafe().Replace(sweepName.Trim().ToLowerInvariant(), "-").Trim('-');
        var time = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2));
        return $"{(name.Length == 0 ? "sweep" : name)}-{time}-{suffix}";
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Unsafe();
}
