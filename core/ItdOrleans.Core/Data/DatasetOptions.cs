namespace ItdOrleans.Core.Data;

/// <summary>Where a dataset is looked for and whether it may be downloaded.</summary>
/// <remarks>Unset values fall back to environment variables, then to defaults.</remarks>
public sealed record DatasetOptions
{
    /// <summary>Options that set nothing: environment variables and defaults decide.</summary>
    public static DatasetOptions Default { get; } = new();

    /// <summary>A directory holding the four IDX files (raw or .gz); when set, it is the only place searched.</summary>
    public string? Directory { get; init; }

    /// <summary>Root of the download cache, each dataset in a sub-directory of its name (else ITD_DATA_CACHE,
    /// else ~/.cache/itd-orleans).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Whether missing files may be downloaded from the mirrors into the cache.</summary>
    public bool AllowDownload { get; init; }

    /// <summary>Base URLs tried in order (else the dataset's mirrors variable, else the well-known mirrors).</summary>
    public IReadOnlyList<string>? MirrorUrls { get; init; }

    /// <summary>Attempts per mirror and file; each attempt after the first resumes the partial file.</summary>
    public int DownloadAttempts { get; init; } = 3;

    /// <summary>Pause before a download attempt is repeated.</summary>
    public TimeSpan DownloadRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest time one download attempt of one file may take.</summary>
    public TimeSpan DownloadTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
