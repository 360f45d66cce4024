namespace ItdOrleans.Client.Settings;

/// <summary>Checks that a file the user named for reading is there, and is a file.</summary>
internal static class InputFile
{
    /// <summary>Why the file cannot be read, such as "the trials file 'x' is a folder"; null when it can.</summary>
    /// <param name="what">What the file is, as the message names it: "the specification file".</param>
    public static string? Problem(string what, string? path) => path switch
    {
        null => null,
        _ when string.IsNullOrWhiteSpace(path) => $"{what} is blank: give the path of a file",
        _ when Directory.Exists(path) => $"{what} '{path}' is a folder, not a file",
        _ when !File.Exists(path) => $"{what} '{path}' does not exist",
        _ => null,
    };
}
