namespace ItdOrleans.Sweeps;

/// <summary>Finds the valid name a misspelt one was probably meant to be.</summary>
internal static class ClosestName
{
    /// <summary>The candidate within a small edit distance of <paramref name="name"/>, if any.</summary>
    public static string? Of(string name, IEnumerable<string> candidates)
    {
        var allowed = Math.Max(2, name.Length / 3);
        return candidates
            .Select(candidate => (candidate, distance: Distance(name.ToLowerInvariant(), candidate)))
            .Where(pair => pair.distance <= allowed)
            .OrderBy(pair => pair.distance)
            .Select(pair => pair.candidate)
            .FirstOrDefault();
    }

    /// <summary>"; did you mean 'x'?" when a close candidate exists, otherwise the empty string.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        Of(name, candidates) is { } closest ? $"; did you mean '{closest}'?" : "";

    // Levenshtein distance, one row at a time.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
