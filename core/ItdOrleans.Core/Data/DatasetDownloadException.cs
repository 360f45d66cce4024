namespace ItdOrleans.Core.Data;

/// <summary>A dataset file that no mirror delivered intact; the message lists each mirror's failure.</summary>
public sealed class DatasetDownloadException : IOException
{
    /// <summary>Creates the exception with a message naming the file and every attempt's failure.</summary>
    public DatasetDownloadException(string fileName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        FileName = fileName;
    }

    /// <summary>The dataset file that could not be downloaded.</summary>
    public string FileName { get; }
}
