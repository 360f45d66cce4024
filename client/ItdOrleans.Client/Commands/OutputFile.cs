namespace ItdOrleans.Client.Commands;

/// <summary>Writes a file the user named, creating its folder.</summary>
internal static class OutputFile
{
    public static void Write(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, text);
    }
}
