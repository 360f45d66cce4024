using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ItdOrleans.Web;

/// <summary>Renders the Markdown of reports and comparison tables as HTML.</summary>
internal static class MarkdownHtml
{
    // Raw HTML stays text: sweep names and error messages come from users and trials.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Build();

    /// <summary>
    /// The HTML of the Markdown, in which a link or image whose address is neither relative nor
    /// http or https (such as javascript:) is left as its text.
    /// </summary>
    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var links = document.Descendants<LinkInline>().Where(link => !SafeUrl.IsSafe(Url(link)));
        foreach (var link in links.ToList())
        {
            Unlink(link);
        }

        var autolinks = document.Descendants<AutolinkInline>().Where(link => !SafeUrl.IsSafe(link.Url));
        foreach (var autolink in autolinks.ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        return document.ToHtml(Pipeline);
    }

    // Headings' own links compute their address when rendered.
    private static string? Url(LinkInline link) => link.GetDynamicUrl?.Invoke() ?? link.Url;

    private static void Unlink(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
