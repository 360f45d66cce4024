using Markdig;

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

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
