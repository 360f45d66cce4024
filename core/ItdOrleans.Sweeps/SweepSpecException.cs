namespace ItdOrleans.Sweeps;

/// <summary>
/// A sweep specification that cannot be used: every problem found, each a sentence naming the key
/// (and, when read from YAML, the line) it is about.
/// </summary>
public sealed class SweepSpecException : Exception
{
    public SweepSpecException(string source, IReadOnlyList<string> problems)
        : base(Describe(source, problems))
    {
        Origin = source;
        Problems = problems;
    }

    /// <summary>Where the specification came from: a file name, a preset or "sweep".</summary>
    public string Origin { get; }

    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string source, IReadOnlyList<string> problems) => problems.Count == 1
        ? $"{source}: {problems[0]}"
        : $"{source}: {problems.Count} problems:{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Select(problem => $"  - {problem}"));
}
