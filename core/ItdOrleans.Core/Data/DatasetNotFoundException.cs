namespace ItdOrleans.Core.Data;

/// <summary>A dataset whose files were found in none of the places searched.</summary>
public sealed class DatasetNotFoundException : FileNotFoundException
{
    /// <summary>Creates the exception with a message saying where it looked and how to provide the data.</summary>
    public DatasetNotFoundException(string datasetName, string message)
        : base(message)
    {
        DatasetName = datasetName;
    }

    /// <summary>The dataset asked for.</summary>
    public string DatasetName { get; }
}
