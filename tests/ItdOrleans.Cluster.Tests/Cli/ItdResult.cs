namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>What a run of the itd program left: its exit code and both output streams.</summary>
public sealed record ItdResult(int ExitCode, string Output, string Error)
{
    /// <summary>Both streams, for assertion messages.</summary>
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";

    /// <summary>Standard error on one line, each line break a space, so that wrapped text can be searched.</summary>
    public string UnwrappedError => Unwrapped(Error);

    /// <summary>Standard output with the console's line breaks undone, as <see cref="UnwrappedError"/>.</summary>
    public string UnwrappedOutput => Unwrapped(Output);

    /// <summary>
    /// The rows of the printed tables whose first cell is one of <paramref name="firstCells"/>,
    /// each as its trimmed cells.
    /// </summary>
    public IReadOnlyList<string[]> TableRows(params string[] firstCells) =>
    [
        .. Output
            .Split('\n')
            .Select(line => line.Split('│', '|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length > 2 && firstCells.Contains(cells[1])),
    ];

    /// <summary>
    /// Asserts that the input was refused before anything ran: exit code 2, the message (when given) on
    /// standard error, no stack trace and no sweep started.
    /// </summary>
    public void AssertRefused(string? message = null)
    {
        Assert.True(ExitCode == 2, ToString());
        if (message is not null)
        {
            Assert.Contains(message, UnwrappedError);
        }

        Assert.DoesNotContain("   at ", Error);
        Assert.DoesNotContain("Running sweep", Output);
    }

    private static string Unwrapped(string text) => string.Join(' ', text.Split('\n').Select(line => line.TrimEnd()));
}
