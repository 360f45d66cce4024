namespace ItdOrleans.Core.Data;

/// <summary>A dataset file that cannot be used: its message names the file and what is wrong with it.</summary>
public sealed class DatasetFileException : IOException
{
    /// <summary>Creates the exception for a file and a plain description of its problem.</summary>
    public DatasetFileException(string filePath, string problem, Exception? innerException = null)
        : base($"{filePath}: {problem}", innerException)
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>The file at fault.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with the file, without its path.</summary>
    public string Problem { get; }
}
