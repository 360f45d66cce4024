namespace ItdOrleans.Client.Settings;

/// <summary>
/// Checks, before anything runs, that a file or folder an option names for output can be written,
/// so that a run does not train to the end and then fail to write its results. Missing folders on
/// the way are created when writing.
/// </summary>
internal static class OutputPaths
{
    /// <summary>Why the option's path cannot take the file it writes; null when it can, or was not given.</summary>
    public static string? FileProblem(string option, string? path) => Problem(option, path, isFolder: false);

    /// <summary>Why the option's path cannot take the folder it writes; null when it can, or was not given.</summary>
    public static string? FolderProblem(string option, string? path) => Problem(option, path, isFolder: true);

    private static string? Problem(string option, string? path, bool isFolder)
    {
        var wanted = isFolder ? "the folder to write into" : "the path of the file to write";
        if (path is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            return $"{option} is empty: give {wanted}";
        }

        if (isFolder ? File.Exists(path) : Directory.Exists(path))
        {
            return $"{option} '{path}' is a {(isFolder ? "file, not a folder" : "folder, not a file")}: give {wanted}";
        }

        return WriteProblem(option, path, isFolder);
    }

    // The file is opened without being changed; a folder takes a file that is gone once closed.
    private static string? WriteProblem(string option, string path, bool isFolder)
    {
        var full = Path.GetFullPath(path);
        var existing = isFolder ? full : Path.GetDirectoryName(full);
        while (existing is not null && !Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                return $"{option} '{path}' cannot be written: {existing} is a file, not a folder";
            }

            existing = Path.GetDirectoryName(existing);
        }

        string? probe = null;
        try
        {
            if (!isFolder && File.Exists(full))
            {
                using var _ = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            }
            else if (existing is not null)
            {
                probe = Path.Combine(existing, $".itd-{Guid.NewGuid():N}");
                using var _ = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1,
                    FileOptions.DeleteOnClose);
            }

            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return $"{option} '{path}' cannot be written: permission denied";
        }
        catch (IOException) when (probe is not null)
        {
            // Its message would name the probe, a file of this program's, not the user's.
            return $"{option} '{path}' cannot be written: no file can be created in {existing}";
        }
        catch (IOException exception)
        {
            return $"{option} '{path}' cannot be written: {exception.Message}";
        }
    }
}
