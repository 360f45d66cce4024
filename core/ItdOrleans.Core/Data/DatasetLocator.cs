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
        if (ExplicitDirectory(dataset, options) is var (directory, origin))
        {
            var missing = dataset.MissingFrom(directory);
            return missing.Count == 0
                ? Read(dataset, directory, origin)
                : throw NotIn(dataset, directory, origin, missing);
        }

        var cache = CacheDirectory(dataset, options);
        if (dataset.MissingFrom(cache).Count == 0)
        {
            return Read(dataset, cache, "download cache");
        }

        if (SystemDirectory(dataset) is { } system && dataset.MissingFrom(system).Count == 0)
        {
            return Read(dataset, system, $"package {dataset.SystemPackage}");
        }

        if (options.AllowDownload)
        {
            var downloader = new DatasetDownloader(options);
            downloader.DownloadAsync(dataset, cache, Mirrors(dataset, options)).GetAwaiter().GetResult();
            return Read(dataset, cache, "downloaded");
        }

        throw NotFound(dataset, options, cache);
    }

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
        var (trainImages, trainImagesPath, copy) = ReadVerified(dataset, dataset.TrainImages, directory);
        var (trainLabels, trainLabelsPath, _) = ReadVerified(dataset, dataset.TrainLabels, directory);
        var (testImages, testImagesPath, _) = ReadVerified(dataset, dataset.TestImages, directory);
        var (testLabels, testLabelsPath, _) = ReadVerified(dataset, dataset.TestLabels, directory);

        var train = IdxReader.ToImageSet(
            trainImagesPath,
            IdxReader.ParseImages(trainImagesPath, trainImages),
            trainLabelsPath,
            IdxReader.ParseLabels(trainLabelsPath, trainLabels));
        var test = IdxReader.ToImageSet(
            testImagesPath,
            IdxReader.ParseImages(testImagesPath, testImages),
            testLabelsPath,
            IdxReader.ParseLabels(testLabelsPath, testLabels));

        var source = $"{dataset.Name} from {directory} ({origin}); training images: {copy}";
        return DatasetSplits.Create(dataset.Name, source, train, test);
    }

    private static (byte[] Content, string Path, string Copy) ReadVerified(
        DatasetDefinition dataset, DatasetFile file, string directory)
    {
        var path = file.FindIn(directory)
            ?? throw new DatasetFileException(Path.Combine(directory, file.FileName), "disappeared while loading");
        var content = IdxReader.ReadContent(path);
        var md5 = Convert.ToHexStringLower(MD5.HashData(content));
        if (!file.Copies.TryGetValue(md5, out var copy))
        {
            throw new DatasetFileException(path, ChecksumProblem(dataset, file, md5));
        }

        return (content, path, $"{copy}, MD5 {md5}");
    }

    /// <summary>Describes content whose MD5 is not one of the file's accepted copies.</summary>
    public static string ChecksumProblem(DatasetDefinition dataset, DatasetFile file, string md5) =>
        $"MD5 of the uncompressed content is {md5}, but {dataset.Name}'s {file.FileName} has "
        + $"{string.Join(" or ", file.Copies.Keys)}: the file is damaged or holds other data";

    private static DatasetNotFoundException NotIn(
        DatasetDefinition dataset, string directory, string origin, IReadOnlyList<DatasetFile> missing)
    {
        var problem = System.IO.Directory.Exists(directory)
            ? $"it lacks {string.Join(", ", missing.Select(f => f.FileName))} (each raw or .gz)"
            : "it does not exist";
        return new DatasetNotFoundException(
            dataset.Name,
            $"Dataset '{dataset.Name}' was not found in {directory}, given by {origin}: {problem}. "
            + $"Point {origin} at a directory holding the four IDX files.");
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
