using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace ItdOrleans.Core.Data;

/// <summary>Downloads a dataset's missing files into its cache directory, resuming partial files.</summary>
/// <remarks>
/// A file is written to "name.gz.partial" and renamed only once its uncompressed content has an accepted MD5;
/// content with any other MD5 is deleted and the next mirror is tried.
/// </remarks>
internal sealed class DatasetDownloader(DatasetOptions options)
{
    private const string PartialSuffix = ".partial";

    private static readonly HttpClient Http = new(
        new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task DownloadAsync(DatasetDefinition dataset, string directory, IReadOnlyList<string> mirrors)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in dataset.MissingFrom(directory))
        {
            await DownloadFileAsync(dataset, file, directory, mirrors).ConfigureAwait(false);
        }
    }

    private async Task DownloadFileAsync(
        DatasetDefinition dataset, DatasetFile file, string directory, IReadOnlyList<string> mirrors)
    {
        var target = Path.Combine(directory, file.FileName + ".gz");
        var partial = target + PartialSuffix;
        var failures = new List<string>();
        foreach (var mirror in mirrors)
        {
            var url = new Uri(new Uri(mirror.EndsWith('/') ? mirror : mirror + "/"), file.FileName + ".gz");
            if (!await TransferWithRetriesAsync(url, partial, failures).ConfigureAwait(false))
            {
                continue;
            }

            if (Verify(dataset, file, partial) is { } problem)
            {
                File.Delete(partial);
                failures.Add($"{url}: {problem}; the file was discarded");
                continue;
            }

            File.Move(partial, target, overwrite: true);
            return;
        }

        throw new DatasetDownloadException(
            file.FileName,
            $"Could not download {dataset.Name}'s {file.FileName} into {directory}:\n  - "
            + string.Join("\n  - ", failures));
    }

    private async Task<bool> TransferWithRetriesAsync(Uri url, string partial, List<string> failures)
    {
        for (var attempt = 1; attempt <= Math.Max(1, options.DownloadAttempts); attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(options.DownloadRetryDelay).ConfigureAwait(false);
            }

            try
            {
                await TransferAsync(url, partial).ConfigureAwait(false);
                return true;
            }
            catch (HttpRequestException e) when (IsPermanent(e.StatusCode))
            {
                failures.Add($"{url}: {e.Message}");
                return false;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
            {
                var reason = e is OperationCanceledException ? $"timed out after {options.DownloadTimeout}" : e.Message;
                failures.Add($"{url} (attempt {attempt}): {reason}");
            }
        }

        return false;
    }

    private async Task TransferAsync(Uri url, string partial)
    {
        using var timeout = new CancellationTokenSource(options.DownloadTimeout);
        var existing = File.Exists(partial) ? new FileInfo(partial).Length : 0;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (existing > 0)
        {
            request.Headers.Range = new RangeHeaderValue(existing, null);
        }

        using var response = await Http
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
            .ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && existing > 0)
        {
            // The partial file already holds the whole file; verification decides whether it is good.
            return;
        }

        response.EnsureSuccessStatusCode();
        var resumes = response.StatusCode == HttpStatusCode.PartialContent
            && response.Content.Headers.ContentRange?.From == existing;
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
        await using var output = new FileStream(
            partial, resumes ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None);
        await body.CopyToAsync(output, timeout.Token).ConfigureAwait(false);
    }

    private static string? Verify(DatasetDefinition dataset, DatasetFile file, string partial)
    {
        try
        {
            var md5 = Convert.ToHexStringLower(MD5.HashData(IdxReader.ReadContent(partial)));
            return file.Copies.ContainsKey(md5) ? null : DatasetLocator.ChecksumProblem(dataset, file, md5);
        }
        catch (DatasetFileException e)
        {
            return e.Problem;
        }
    }

    private static bool IsPermanent(HttpStatusCode? status) =>
        status is { } code && (int)code is >= 400 and < 500
        && code is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
}
