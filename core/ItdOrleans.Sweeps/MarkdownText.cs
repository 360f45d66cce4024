using System.Text.RegularExpressions;

namespace ItdOrleans.Sweeps;

/// <summary>Text given by users, such as sweep names and trial errors, made to read literally in Markdown.</summary>
public static partial class MarkdownText
{
    /// <summary>
    /// The text on one line, with a backslash before each character that could open or close emphasis,
    /// code, a link, an image, an autolink, raw HTML, an entity or a table cell, or close a heading.
    /// </summary>
    public static string Escape(string text) => Special().Replace(text.ReplaceLineEndings(" "), @"\$0");

    // The text is put within a line, so what matters only at the start of one (lists, quotes) is left, and
    // so is an underscore between letters or digits, as in ITD_MNIST_DIR, which cannot emphasise.
    [GeneratedRegex(@"[\\`*\[\]<>&|#]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])")]
    private static partial Regex Special();
}
