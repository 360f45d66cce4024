using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ItdOrleans.Cluster.Tests.Web;

[Trait("Category", "Slow")]
public sealed class SweepPageTests(WebSiloFixture silo, ITestOutputHelper output) : IClassFixture<WebSiloFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    // What the page shows of a sweep's progress: the figures and the trial table.
    private const string Curves = "document.getElementById('curves').innerHTML";
    private const string Trials = "document.querySelector('#trials tbody').textContent";

    private static SweepSpec WatchedSweep(string name, int iterations, params int[] seeds) => new()
    {
        Name = name,
        Dataset = RealDigits.Current.Name,
        Rules = ["vbp", "fba", "itd"],
        Seeds = seeds,
        Iterations = [iterations],
        HiddenWidths = [16],
        EvaluationInterval = iterations / 20,
    };

    [Fact]
    public async Task The_sweep_page_redraws_curves_and_tables_while_the_sweep_runs()
    {
        var sweepId = $"watched-{Guid.NewGuid():N}";
        var sweep = silo.Grains.GetSweep(sweepId);
        // Long enough to be still running on a fast machine when the page has redrawn; cancelled at the end.
        await sweep.Start(WatchedSweep("watched", 100_000, 11, 12));
        await Eventually.Until(() => sweep.GetStatus(), status => status.Trials[0].IterationsDone >= 600);
        await using var chromium = await HeadlessChromium.LaunchAsync();

        var page = await chromium.OpenAsync($"{silo.BaseAddress}/sweeps/{sweepId}");
        var waiting = new PageWaitForFunctionOptions { Timeout = (float)Patience.TotalMilliseconds };
        await page.WaitForFunctionAsync(
            "() => document.querySelectorAll('#curves svg path').length > 0", null, waiting);
        var first = await page.EvaluateAsync<string[]>($"() => [{Curves}, {Trials}]");
        await page.WaitForFunctionAsync(
            $"first => {Curves} !== first[0] && {Trials} !== first[1]", first, waiting);
        var status = await sweep.GetStatus();

        Assert.Equal(SweepState.Running, status.State);
        Assert.Equal(status.Trials.Count, await page.Locator("#trials tbody tr").CountAsync());
        Assert.True(await page.Locator("#comparison table th").CountAsync() > 0);
        Assert.Equal("running", await page.Locator("#sweep-state").TextContentAsync());
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "sweep-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the sweep page: {screenshot}");

        await sweep.Cancel();
    }

    [Fact]
    public async Task The_sweep_list_and_the_report_show_a_finished_sweep()
    {
        var sweepId = $"listed-{Guid.NewGuid():N}";
        var sweep = silo.Grains.GetSweep(sweepId);
        await sweep.Start(WatchedSweep("listed", 200, 21) with { LearningRates = [1e-2, 3e-2] });
        await Eventually.Until(() => sweep.GetStatus(), status => status.State != SweepState.Running);
        await using var chromium = await HeadlessChromium.LaunchAsync();

        var list = await chromium.OpenAsync($"{silo.BaseAddress}/");
        var link = list.Locator($"a[href$='/sweeps/{sweepId}']");
        await list.Locator("#sweeps").Locator(link).WaitForAsync();
        var row = list.Locator("#sweeps tbody tr", new PageLocatorOptions { Has = link });
        Assert.Contains("finished", await row.TextContentAsync());

        var report = await chromium.OpenAsync($"{silo.BaseAddress}/sweeps/{sweepId}/report");
        Assert.Equal("Sweep report: listed", await report.Locator("article h1").TextContentAsync());
        Assert.True(await report.Locator("article table").CountAsync() >= 2);
        Assert.Contains("data fingerprint", await report.Locator("article").TextContentAsync());
        // The figures of the written report, under the same names: a grid per learning rate, then accuracy against it.
        var figures = await report.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('article img')].filter(img => img.naturalWidth > 0)"
            + ".map(img => img.getAttribute('src'))");
        Assert.Equal(["learning-curves-1.png", "learning-curves-2.png", "accuracy-vs-learning-rate-1.png"], figures);
        using var http = new HttpClient { BaseAddress = new Uri(silo.BaseAddress) };
        var svg = await http.GetStringAsync($"/sweeps/{sweepId}/accuracy-vs-learning-rate-1.svg");
        Assert.Contains($"Final test accuracy against learning rate on {RealDigits.Current.Title}", svg);
        var missing = await http.GetAsync($"/sweeps/{sweepId}/learning-curves-3.png");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_sweep_named_in_markup_is_shown_as_its_name_and_links_no_script()
    {
        const string name = "<img src=x onerror=alert(1)>*[click](javascript:alert(2))*";
        var sweepId = $"marked-{Guid.NewGuid():N}";
        var sweep = silo.Grains.GetSweep(sweepId);
        await sweep.Start(WatchedSweep(name, 200, 41));
        await Eventually.Until(() => sweep.GetStatus(), status => status.State != SweepState.Running);
        await using var chromium = await HeadlessChromium.LaunchAsync();

        var report = await chromium.OpenAsync($"{silo.BaseAddress}/sweeps/{sweepId}/report");
        Assert.Equal($"Sweep report: {name}", await report.Locator("article h1").TextContentAsync());
        Assert.Contains(name, await report.Locator("article table").First.TextContentAsync());
        Assert.Equal(0, await report.Locator("a[href*='script:' i], img[src='x']").CountAsync());
        Assert.True(await report.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('article img')].every(img => img.naturalWidth > 0)"));

        var page = await chromium.OpenAsync($"{silo.BaseAddress}/sweeps/{sweepId}");
        await page.Locator("#comparison table").WaitForAsync();
        await page.Locator("#curves svg").First.WaitForAsync();
        Assert.Equal(name, await page.Locator("main h1").TextContentAsync());
        Assert.DoesNotContain(chromium.ConsoleErrors, error => error.Contains("Content Security Policy"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sweeps/nope/report")]
    [InlineData("/api/sweeps")]
    [InlineData("/assets/sweeps.js")]
    public async Task Sweep_pages_forbid_inline_scripts_and_javascript_addresses(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(silo.BaseAddress) };

        var response = await http.GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotMatch("script-src[^;]*unsafe", policy);
    }

    [Fact]
    public async Task Metrics_carry_the_sweep_instruments_and_the_dashboard_answers()
    {
        var sweep = silo.Grains.GetSweep($"measured-{Guid.NewGuid():N}");
        await sweep.Start(WatchedSweep("measured", 200, 31));
        await Eventually.Until(() => sweep.GetStatus(), status => status.State != SweepState.Running);
        using var http = new HttpClient { BaseAddress = new Uri(silo.BaseAddress) };

        var metrics = await http.GetStringAsync("/metrics");
        foreach (var name in new[] { "itd_training_iterations_total", "itd_trials_ended_total",
            "itd_trial_duration_seconds_bucket", "itd_accuracy", "itd_loss", "itd_trials_running" })
        {
            Assert.Matches(new Regex($"^{name}\\{{", RegexOptions.Multiline), metrics);
        }

        var dashboard = await http.GetAsync("/dashboard/");
        Assert.True(dashboard.IsSuccessStatusCode, $"/dashboard/ answered {dashboard.StatusCode}");
        Assert.Contains("<html", await dashboard.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        // The dashboard's silo counters are read from Orleans' meter: they must not be empty.
        using var cluster = JsonDocument.Parse(await http.GetStringAsync("/dashboard/DashboardCounters"));
        var address = cluster.RootElement.GetProperty("hosts")[0].GetProperty("siloAddress").GetString();
        using var counters = JsonDocument.Parse(
            await http.GetStringAsync($"/dashboard/SiloCounters/{Uri.EscapeDataString(address!)}"));
        Assert.Contains(
            counters.RootElement.EnumerateArray(),
            counter => counter.GetProperty("name").GetString() == "orleans-catalog-activations"
                && double.Parse(counter.GetProperty("value").GetString()!, CultureInfo.InvariantCulture) > 0);
    }

    [Theory]
    [InlineData("/api/sweeps/%20")]
    [InlineData("/sweeps/%20")]
    [InlineData("/sweeps/%20/report")]
    [InlineData("/sweeps/%20/comparison")]
    [InlineData("/sweeps/%20/curves-0.svg")]
    [InlineData("/sweeps/%20/learning-curves-1.png")]
    [InlineData("/api/sweeps/nope")]
    [InlineData("/sweeps/nope")]
    [InlineData("/sweeps/nope/report")]
    [InlineData("/sweeps/nope/comparison")]
    [InlineData("/sweeps/nope/curves-0.svg")]
    public async Task A_blank_or_unknown_sweep_id_is_not_found(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(silo.BaseAddress) };

        var response = await http.GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
