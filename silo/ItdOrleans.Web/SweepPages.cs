using System.Net;
using ItdOrleans.Contracts;
using ItdOrleans.Reports;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Web;

/// <summary>
/// The HTML of the sweep pages: a frame the page's script fills from the JSON endpoints and
/// refreshes while the sweep runs, and the report rendered from its Markdown.
/// </summary>
internal static class SweepPages
{
    public static string Index(string pathBase) => Layout(
        "Sweeps",
        pathBase,
        "sweeps",
        """
        <h1>Sweeps</h1>
        <table class="data" id="sweeps">
          <thead><tr><th>Sweep</th><th>Name</th><th>State</th><th>Trials ended</th><th>Started</th></tr></thead>
          <tbody><tr><td colspan="5" class="empty">Loading…</td></tr></tbody>
        </table>
        """);

    public static string Sweep(SweepStatus status, string pathBase)
    {
        var id = Encode(status.SweepId);
        var link = $"{Encode(pathBase)}/sweeps/{Encode(Uri.EscapeDataString(status.SweepId))}";
        return Layout(
            $"Sweep {status.SweepId}",
            pathBase,
            "sweep",
            $"""
            <div class="title">
              <h1>{Encode(status.Spec?.Name ?? status.SweepId)}</h1>
              <span class="state state-{State(status.State)}" id="sweep-state">{State(status.State)}</span>
            </div>
            <p class="meta">Sweep <code>{id}</code> · <span id="sweep-meta"></span>
              · <a href="{link}/report">Report</a></p>
            <div class="progress" title="Iterations trained of all trials"><div id="sweep-bar"></div></div>
            <section>
              <h2>Learning curves</h2>
              <p class="hint">Mean over seeds of finished and running trials, with one standard deviation
                either side; one colour per learning rule.</p>
              <div id="curves"><p class="empty">Loading the learning curves…</p></div>
            </section>
            <section>
              <h2>Comparison table</h2>
              <div id="comparison" class="markdown"></div>
            </section>
            <section>
              <h2>Trials</h2>
              <table class="data" id="trials">
                <thead><tr><th>Rule</th><th>Seed</th><th>Learning rate</th><th>Status</th><th>Progress</th>
                  <th class="number">Iterations/s</th><th class="number">Best validation</th>
                  <th class="number">Test accuracy</th><th>Silo</th></tr></thead>
                <tbody></tbody>
              </table>
            </section>
            """,
            $" data-sweep=\"{id}\"");
    }

    public static string Report(SweepStatus status, SweepSpec spec, string pathBase)
    {
        var figures = ReportFigures.Of(status).Select(figure => figure.Linked()).ToList();
        var markdown = SweepReport.Markdown(status.Trials, spec, DatasetDescriptions.Of(spec), figures);
        return Layout(
            $"Report of sweep {status.SweepId}",
            pathBase,
            "report",
            $"<article class=\"markdown report\">{MarkdownHtml.ToHtml(markdown)}</article>");
    }

    public static string NotFound(string sweepId) => Layout(
        "No such sweep",
        "",
        "missing",
        $"<h1>No such sweep</h1><p>No sweep was started under the id <code>{Encode(sweepId)}</code>.</p>");

    private static string State(SweepState state) => state.ToString().ToLowerInvariant();

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Layout(string title, string pathBase, string page, string body, string attributes = "")
    {
        var root = Encode(pathBase);
        return $"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{Encode(title)} · ItdOrleans</title>
              <link rel="stylesheet" href="{root}/assets/site.css">
            </head>
            <body>
              <header class="top">
                <a class="brand" href="{root}/">ItdOrleans</a>
                <nav>
                  <a href="{root}/">Sweeps</a><a href="{root}/dashboard/">Orleans Dashboard</a>
                  <a href="{root}/metrics">Metrics</a>
                </nav>
              </header>
              <main data-page="{page}" data-base="{root}"{attributes}>
            {body}
              </main>
              <script src="{root}/assets/sweeps.js"></script>
            </body>
            </html>
            """;
    }
}
