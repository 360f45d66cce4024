using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Tests.Data;

[Trait("Category", "Slow")]
public sealed class DatasetDownloadTests : IDisposable
{
    private const string Labels = "train-labels-idx1-ubyte.gz";
    private const string TestLabels = "t10k-labels-idx1-ubyte.gz";

    private static readonly string[] FileNames =
        ["train-images-idx3-ubyte.gz", Labels, "t10k-images-idx3-ubyte.gz", TestLabels];

    private readonly TempDirectory _cache = new();
    private readonly LocalMirror _mirror = new(RealFiles());

    private static string Digits => RealDigits.Current.Name;

    private string DigitsCache => Path.Combine(_cache.Path, Digits);

    [Fact]
    public void Full_download_tries_mirrors_in_order_and_fills_the_cache()
    {
        var locator = new DatasetLocator(_ => null, searchSystemDirectories: false);
        var options = Options(_mirror.BaseUrl + "nowhere/", _mirror.BaseUrl);

        var splits = locator.Load(Digits, options);

        Assert.Contains("(downloaded)", splits.Source);
        Assert.Equal((55_000, 5_000, 10_000), (splits.Train.Count, splits.Validation.Count, splits.Test.Count));
        Assert.Equal(("nowhere/" + FileNames[0], (long?)null), _mirror.Requests.First());
        foreach (var name in FileNames)
        {
            AssertCached(name);
        }

        Assert.Empty(Directory.GetFiles(DigitsCache, "*.partial"));
        var requests = _mirror.Requests.Count;
        Assert.Contains("(download cache)", locator.Load(Digits, options).Source);
        Assert.Equal(requests, _mirror.Requests.Count);
    }

    [Fact]
    public async Task Download_resumes_a_partial_file_with_a_range_request()
    {
        LinkAllBut(Labels);
        var original = File.ReadAllBytes(TestData.RealFile(Labels));
        _cache.Write(Path.Combine(Digits, Labels + ".partial"), original[..10_000]);

        await Downloader(attempts: 1).DownloadAsync(TestData.Definition, DigitsCache, [_mirror.BaseUrl]);

        Assert.Equal([(Labels, (long?)10_000)], _mirror.Requests);
        Assert.Equal(original.Length - 10_000, _mirror.BytesSent[Labels]);
        AssertCached(Labels);
        Assert.False(File.Exists(Path.Combine(DigitsCache, Labels + ".partial")));
    }

    [Fact]
    public async Task Partial_file_already_complete_is_verified_and_kept()
    {
        LinkAllBut(Labels);
        var original = File.ReadAllBytes(TestData.RealFile(Labels));
        _cache.Write(Path.Combine(Digits, Labels + ".partial"), original);

        await Downloader(attempts: 1).DownloadAsync(TestData.Definition, DigitsCache, [_mirror.BaseUrl]);

        Assert.Equal([(Labels, (long?)original.Length)], _mirror.Requests);
        Assert.False(_mirror.BytesSent.ContainsKey(Labels));
        AssertCached(Labels);
    }

    [Fact]
    public async Task Connection_cut_mid_file_keeps_the_partial_file_and_the_next_download_resumes_it()
    {
        LinkAllBut(TestLabels);
        var partial = Path.Combine(DigitsCache, TestLabels + ".partial");
        _mirror.CutNextResponse(TestLabels, afterBytes: 2_000);

        var error = await Assert.ThrowsAsync<DatasetDownloadException>(
            () => Downloader(attempts: 1).DownloadAsync(TestData.Definition, DigitsCache, [_mirror.BaseUrl]));

        Assert.Contains(_mirror.BaseUrl + TestLabels, error.Message);
        var kept = new FileInfo(partial).Length;
        Assert.InRange(kept, 1, 2_000);

        await Downloader(attempts: 1).DownloadAsync(TestData.Definition, DigitsCache, [_mirror.BaseUrl]);

        Assert.Equal((TestLabels, (long?)kept), _mirror.Requests.Last());
        AssertCached(TestLabels);
    }

    [Fact]
    public async Task Connection_cut_mid_file_is_resumed_by_the_next_attempt()
    {
        LinkAllBut(TestLabels);
        _mirror.CutNextResponse(TestLabels, afterBytes: 3_000);

        await Downloader(attempts: 2).DownloadAsync(TestData.Definition, DigitsCache, [_mirror.BaseUrl]);

        var requests = _mirror.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Null(requests[0].RangeStart);
        Assert.InRange(requests[1].RangeStart ?? 0, 1, 3_000);
        AssertCached(TestLabels);
    }

    [Fact]
    public async Task Corrupted_content_is_discarded_with_an_error_naming_the_checksum()
    {
        LinkAllBut(Labels);
        using var corrupt = new LocalMirror(new Dictionary<string, byte[]> { [Labels] = CorruptedLabels() });

        var error = await Assert.ThrowsAsync<DatasetDownloadException>(
            () => Downloader(attempts: 1).DownloadAsync(TestData.Definition, DigitsCache, [corrupt.BaseUrl]));

        Assert.Contains(corrupt.BaseUrl + Labels, error.Message);
        Assert.Contains("MD5 of the uncompressed content is", error.Message);
        Assert.Contains("the file was discarded", error.Message);
        Assert.Equal(Labels[..^3], error.FileName);
        Assert.False(File.Exists(Path.Combine(DigitsCache, Labels)));
        Assert.False(File.Exists(Path.Combine(DigitsCache, Labels + ".partial")));
    }

    [Fact]
    public async Task Corrupted_content_from_one_mirror_is_replaced_by_the_next_mirror()
    {
        LinkAllBut(Labels);
        using var corrupt = new LocalMirror(new Dictionary<string, byte[]> { [Labels] = CorruptedLabels() });

        await Downloader(attempts: 1).DownloadAsync(
            TestData.Definition, DigitsCache, [corrupt.BaseUrl, _mirror.BaseUrl]);

        AssertCached(Labels);
    }

    [Fact]
    public void Nothing_is_downloaded_unless_the_options_allow_it()
    {
        var locator = new DatasetLocator(_ => null, searchSystemDirectories: false);
        var options = Options(_mirror.BaseUrl) with { AllowDownload = false };

        var error = Assert.Throws<DatasetNotFoundException>(() => locator.Load(Digits, options));

        Assert.Contains("not allowed by DatasetOptions.AllowDownload", error.Message);
        Assert.Empty(_mirror.Requests);
    }

    public void Dispose()
    {
        _mirror.Dispose();
        _cache.Dispose();
    }

    private static Dictionary<string, byte[]> RealFiles() =>
        FileNames.ToDictionary(name => name, name => File.ReadAllBytes(TestData.RealFile(name)));

    private static byte[] CorruptedLabels()
    {
        var labels = TestData.Decompress(TestData.RealFile(Labels));
        labels[100] = (byte)((labels[100] + 1) % 10);
        return IdxBytes.Gzip(labels);
    }

    private void AssertCached(string name) =>
        Assert.Equal(File.ReadAllBytes(TestData.RealFile(name)), File.ReadAllBytes(Path.Combine(DigitsCache, name)));

    private DatasetOptions Options(params string[] mirrors) => new()
    {
        CacheDirectory = _cache.Path,
        AllowDownload = true,
        MirrorUrls = mirrors,
        DownloadRetryDelay = TimeSpan.Zero,
    };

    private DatasetDownloader Downloader(int attempts) =>
        new(Options() with { DownloadAttempts = attempts });

    private void LinkAllBut(string missing)
    {
        foreach (var name in FileNames.Where(name => name != missing))
        {
            _cache.Link(Path.Combine(Digits, name), TestData.RealFile(name));
        }
    }
}
