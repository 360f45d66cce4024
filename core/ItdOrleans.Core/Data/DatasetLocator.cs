using System.Security.Cryptography;

namespace ItdOrleans.Core.Data;

/// <summary>Finds a dataset's files, downloading them when allowed, and loads them checksum-verified.</summary>
/// <remarks>
/// Order: an explicit directory (option, else environment variable) is the only place searched when given;
/// otherwise the download cache, then the system package's directory, then a download when allowed.
/// </remarks>
internal sealed class DatasetLocator(Func<string, string?> variable, bool searchSystemDirectories = true)
{
    public const string CacheVariable = "ITD_DATA_CACHE";

    public static DatasetLocator Process { get; } = new(Environment.GetEnvironmentVariable);

    public DatasetSplits Load(string name, DatasetOptions options) => Load(DatasetDefinition.Named(name), options);

    public DatasetSplits Load(DatasetDefinition dataset, DatasetOptions options)
    {
        if (Found(dataset, options) is var (directory, origin))
        {
            return Read(dataset, directory, origin);
        }

        if (ExplicitDirectory(dataset, options) is var (given, givenBy))
        {
            throw NotIn(dataset, given, givenBy, dataset.MissingFrom(given));
        }

        var cache = CacheDirectory(dataset, options);
        if (options.AllowDownload)
        {
            var downloader = new DatasetDownloader(options);
            downloader.DownloadAsync(dataset, cache, Mirrors(dataset, options)).GetAwaiter().GetResult();
            return Read(dataset, cache, "downloaded");
        }

        throw NotFound(dataset, options, cache);
    }

    /// <summary>
    /// Whether <see cref="Load(DatasetDefinition, DatasetOptions)"/> would find every file, or may download
    /// them, without reading any: the files may still turn out to be broken.
    /// </summary>
    public bool IsAtHand(DatasetDefinition dataset, DatasetOptions options) =>
        Found(dataset, options) is not null || (ExplicitDirectory(dataset, options) is null && options.AllowDownload);

    /// <summary>The cache sub-directory of a dataset: option, else ITD_DATA_CACHE, else the user's cache.</summary>
    public string CacheDirectory(DatasetDefinition dataset, DatasetOptions options)
    {
        var root = NonEmpty(options.CacheDirectory) ?? NonEmpty(variable(CacheVariable));
        if (root is null)
        {
            var userCache = NonEmpty(variable("XDG_CACHE_HOME"))
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            root = Path.Combine(userCache, "itd-orleans");
        }

        return Path.Combine(root, dataset.Name);
    }

    public IReadOnlyList<string> Mirrors(DatasetDefinition dataset, DatasetOptions options)
    {
        if (options.MirrorUrls is { Count: > 0 } given)
        {
            return given;
        }

        var fromVariable = variable(dataset.MirrorsVariable)?
            .Split([' ', ';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return fromVariable is { Length: > 0 } ? fromVariable : dataset.Mirrors;
    }

    // The first place in the search order that holds every file, and what it is: an explicit directory is the
    // only place searched when given.
    private (string Directory, string Origin)? Found(DatasetDefinition dataset, DatasetOptions options)
    {
        if (ExplicitDirectory(dataset, options) is var (directory, origin))
        {
            return dataset.MissingFrom(directory).Count == 0 ? (directory, origin) : null;
        }

        var cache = CacheDirectory(dataset, options);
        if (dataset.MissingFrom(cache).Count == 0)
        {
            return (cache, "download cache");
        }

        return SystemDirectory(dataset) is { } system && dataset.MissingFrom(system).Count == 0
            ? (system, $"package {dataset.SystemPackage}")
            : null;
    }

    private (string Directory, string Origin)? ExplicitDirectory(DatasetDefinition dataset, DatasetOptions options)
    {
        if (NonEmpty(options.Directory) is { } fromOptions)
        {
            return (fromOptions, "DatasetOptions.Directory");
        }

        return NonEmpty(variable(dataset.DirectoryVariable)) is { } fromVariable
            ? (fromVariable, dataset.DirectoryVariable)
            : null;
    }

    private string? SystemDirectory(DatasetDefinition dataset) =>
        searchSystemDirectories ? dataset.SystemDirectory : null;

    private static DatasetSplits Read(DatasetDefinition dataset, string directory, string origin)
    {
        var trainImages = ReadVerified(dataset, dataset.TrainImages, directory, IdxReader.ParseImages);
        var trainLabels = ReadVerified(dataset, dataset.TrainLabels, directory, IdxReader.ParseLabels);
        var testImages = ReadVerified(dataset, dataset.TestImages, directory, IdxReader.ParseImages);
        var testLabels = ReadVerified(dataset, dataset.TestLabels, directory, IdxReader.ParseLabels);

        var train = IdxReader.ToImageSet(trainImages.Path, trainImages.Parsed, trainLabels.Path, trainLabels.Parsed);
        var test = IdxReader.ToImageSet(testImages.Path, testImages.Parsed, testLabels.Path, testLabels.Parsed);

        var source = $"{dataset.Name} from {Path.GetFullPath(directory)} ({origin}); training images: {trainImages.Copy}";
        return DatasetSplits.Create(dataset.Name, source, train, test);
    }

    // The structure is checked before the checksum, so that a truncated, swapped or mislabelled file is
    // named for what is wrong with it rather than for an MD5 that differs.
    private static (T Parsed, string Path, string Copy) ReadVerified<T>(
        DatasetDefinition dataset, DatasetFile file, string directory, Func<string, byte[], T> parse)
    {
        var path = file.FindIn(directory)
            ?? throw new DatasetFileException(Path.Combine(directory, file.FileName), "disappeared while loading");
        var content = IdxReader.ReadContent(path);
        var parsed = parse(path, content);
        var md5 = Convert.ToHexStringLower(MD5.HashData(content));
        if (!file.Copies.TryGetValue(md5, out var copy))
        {
            throw new DatasetFileException(path, ChecksumProblem(dataset, file, md5));
        }

        return (parsed, path, $"{copy}, MD5 {md5}");
    }

    /// <summary>
    /// Describes content whose MD5 is not one of the file's accepted copies, naming the known file it
    /// is instead when there is one.
    /// </summary>
    public static string ChecksumProblem(DatasetDefinition dataset, DatasetFile file, string md5)
    {
        var mismatch = $"MD5 of the uncompressed content is {md5}, but {dataset.Name}'s {file.FileName} has "
            + string.Join(" or ", file.Copies.Keys);
        var known = DatasetDefinition.All.Prepend(dataset)
            .SelectMany(other => other.Files, (other, otherFile) => (Dataset: other, File: otherFile))
            .FirstOrDefault(candidate => candidate.File.Copies.ContainsKey(md5));
        if (known.File is null)
        {
            return $"{mismatch}: the file is damaged or holds other data";
        }

        var not = known.File.FileName == file.FileName ? $"{dataset.Name}'s" : $"{dataset.Name}'s {file.FileName}";
        return $"{mismatch}: this is {known.Dataset.Name}'s {known.File.FileName}, not {not}";
    }

    private static DatasetNotFoundException NotIn(
        DatasetDefinition dataset, string directory, string origin, IReadOnlyList<DatasetFile> missing) =>
        new(
            dataset.Name,
            $"Dataset '{dataset.Name}' was not found in {directory}, given by {origin}: "
            + $"{DirectoryProblem(directory, missing)}. Point {origin} at a directory holding the four IDX files.");

    private static string DirectoryProblem(string directory, IReadOnlyList<DatasetFile> missing)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return Path.Exists(directory) ? "it is a file, not a directory" : "it does not exist";
        }

        HashSet<string?> listed;
        try
        {
            listed = System.IO.Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).ToHashSet();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return $"it cannot be read: {e.Message.TrimEnd('.')}";
        }

        // A directory that may be listed but not searched shows its files' names and no more.
        return missing.Any(f => listed.Contains(f.FileName) || listed.Contains(f.FileName + ".gz"))
            ? "its files cannot be opened: it may be listed but not searched"
            : $"it lacks {string.Join(", ", missing.Select(f => f.FileName))} (each raw or .gz)";
    }

    private DatasetNotFoundException NotFound(DatasetDefinition dataset, DatasetOptions options, string cache)
    {
        var places = new List<string>
        {
            "DatasetOptions.Directory: not set",
            $"environment variable {dataset.DirectoryVariable}: not set",
            $"download cache {cache}: lacks "
            + string.Join(", ", dataset.MissingFrom(cache).Select(f => f.FileName)),
            $"download from {Mirrors(dataset, options)[0]} and other mirrors: not allowed by "
            + "DatasetOptions.AllowDownload",
        };
        if (SystemDirectory(dataset) is { } system)
        {
            places.Add($"{system}: not installed (apt-get install {dataset.SystemPackage})");
        }

        return new DatasetNotFoundException(
            dataset.Name,
            $"Dataset '{dataset.Name}' was not found. Looked in:\n  - {string.Join("\n  - ", places)}\n"
            + $"Provide the four IDX files (raw or .gz) in a directory named by DatasetOptions.Directory or "
            + $"{dataset.DirectoryVariable}, or allow downloading into the cache.");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
