using System.Net;
using ItdOrleans.Sweeps;
using ItdOrleans.Web;

namespace ItdOrleans.Cluster.Tests.Web;

public sealed class MarkdownHtmlTests
{
    [Theory]
    [InlineData("[click](javascript:alert(2))", "click")]
    [InlineData("[click](JavaScript:alert(2) \"title\")", "click")]
    [InlineData("[click](<java\tscript:alert(2)>)", "click")]
    [InlineData("[click][evil]\n\n[evil]: vbscript:msgbox(1)", "click")]
    [InlineData("![chart](data:text/html,<script>alert(1)</script>)", "chart")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    public void Links_with_unsafe_schemes_are_left_as_their_text(string markdown, string text)
    {
        var html = MarkdownHtml.ToHtml(markdown);

        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<img ", html);
        Assert.Contains(WebUtility.HtmlEncode(text), html);
    }

    [Theory]
    [InlineData("[SVG](learning-curves-1.svg)", "learning-curves-1.svg")]
    [InlineData("[list](/sweeps/a)", "/sweeps/a")]
    [InlineData("[Orleans](https://learn.microsoft.com/dotnet/orleans)", "https://learn.microsoft.com/dotnet/orleans")]
    [InlineData("<http://localhost:8080/metrics>", "http://localhost:8080/metrics")]
    public void Relative_and_http_links_stay(string markdown, string url)
    {
        Assert.Contains($"<a href=\"{url}\"", MarkdownHtml.ToHtml(markdown));
    }

    [Fact]
    public void Escaped_user_text_renders_as_the_text_it_is()
    {
        const string name = "<img src=x onerror=alert(1)>*[click](javascript:alert(2))* | a_b_ `c` &amp; #";

        var escaped = MarkdownText.Escape(name);

        var html = MarkdownHtml.ToHtml($"# Sweep report: {escaped}\n\n| a |\n|---|\n| {escaped} |\n");

        Assert.Contains($">Sweep report: {WebUtility.HtmlEncode(name)}</h1>", html);
        Assert.Contains($"<td>{WebUtility.HtmlEncode(name)}</td>", html);
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JAVASCRIPT:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("https://example.org", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("report.png", true)]
    [InlineData("a/b:c", true)]
    [InlineData("#dataset", true)]
    [InlineData("?at=1:2", true)]
    [InlineData("", true)]
    public void Only_relative_and_http_addresses_are_safe(string url, bool safe)
    {
        Assert.Equal(safe, SafeUrl.IsSafe(url));
    }
}
