using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ItdOrleans.Cluster.Tests.Web;

/// <summary>
/// The system's Chromium driven by Playwright, headless, with a fresh profile and nothing that
/// reaches the network on its own; Playwright's own browser downloads are never used.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>Where Debian installs Chromium (deploy/local/prerequisites.sh installs it in CI).</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly DirectoryInfo _profile;

    private HeadlessChromium(IPlaywright playwright, IBrowserContext context, DirectoryInfo profile)
    {
        _playwright = playwright;
        _context = context;
        _profile = profile;
    }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException(
                $"Chromium is not at {ExecutablePath}; install it with deploy/local/prerequisites.sh.", ExecutablePath);
        }

        var profile = Directory.CreateTempSubdirectory("itd-chromium-");
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        return new HeadlessChromium(playwright, context, profile);
    }

    /// <summary>The errors every opened page has logged to its console, such as refusals of its security policy.</summary>
    public IReadOnlyCollection<string> ConsoleErrors => _consoleErrors;

    public async Task<IPage> OpenAsync(string url)
    {
        var page = await _context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Enqueue(message.Text);
            }
        };
        var response = await page.GotoAsync(url);
        if (response is not { Ok: true })
        {
            throw new InvalidOperationException($"{url} answered {response?.Status}.");
        }

        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _playwright.Dispose();
        _profile.Delete(recursive: true);
    }
}
