using System.Text.RegularExpressions;

namespace ItdOrleans.Web;

/// <summary>Which link addresses the sweep pages may carry: relative ones, and http and https.</summary>
internal static partial class SafeUrl
{
    /// <summary>
    /// Whether the address is relative or http(s), read as a browser reads it: without whitespace and
    /// control characters, so that a tab inside "javascript:" hides nothing.
    /// </summary>
    public static bool IsSafe(string? url)
    {
        var bare = Ignored().Replace(url ?? "", "");
        var scheme = Scheme().Match(bare);
        return !scheme.Success
            || scheme.Groups[1].Value.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Groups[1].Value.Equals("https", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"[\x00-\x20\x7F]")]
    private static partial Regex Ignored();

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();
}
