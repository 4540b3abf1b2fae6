using System.Runtime.CompilerServices;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.Support;

/// <summary>
/// One browser tab against the app on real Kestrel. It fails the test on any console error (CSP violations
/// included) and keeps a screenshot when a test fails.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private readonly IBrowserContext context;
    private readonly List<string> consoleErrors = [];

    private BrowserSession(IBrowserContext context, IPage page, Uri baseAddress)
    {
        this.context = context;
        Page = page;
        BaseAddress = baseAddress;
        page.Console += (_, message) =>
        {
            // A page the test expects to answer with an error status logs its own "Failed to load resource";
            // that one is not a defect, any other error (a missing asset, a CSP refusal) is.
            var isExpectedDocumentStatus = AllowsErrorStatusForDocument
                && message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                && message.Location.StartsWith(page.Url + ":", StringComparison.Ordinal);
            if (message.Type == "error" && !isExpectedDocumentStatus)
            {
                lock (consoleErrors) { consoleErrors.Add($"{page.Url}: {message.Text} ({message.Location})"); }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (consoleErrors) { consoleErrors.Add($"{page.Url}: uncaught {error}"); }
        };
    }

    public IPage Page { get; }

    /// <summary>Set by a test that visits a page expected to answer 404 (or another error status).</summary>
    public bool AllowsErrorStatusForDocument { get; set; }
    public Uri BaseAddress { get; }

    public static async Task<BrowserSession> OpenAsync(
        IBrowser browser, Uri baseAddress, int width = 1280, ColorScheme colorScheme = ColorScheme.Light, string? timeZoneId = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = colorScheme,
            TimezoneId = timeZoneId,
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, baseAddress);
    }

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
    }

    /// <summary>Runs axe with the WCAG 2.2 AA tags and fails on any violation, naming each rule and element.</summary>
    public async Task AssertAccessibleAsync()
    {
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeTags] },
        });
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {Page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    public void AssertNoConsoleErrors()
    {
        lock (consoleErrors)
        {
            Assert.True(consoleErrors.Count == 0, $"Console errors:{Environment.NewLine}{string.Join(Environment.NewLine, consoleErrors)}");
        }
    }

    /// <summary>Runs a test's steps; on failure keeps a full-page screenshot under TestResults/screenshots.</summary>
    public async Task RunAsync(Func<Task> steps, [CallerMemberName] string testName = "")
    {
        try
        {
            await steps();
            AssertNoConsoleErrors();
        }
        catch
        {
            var folder = Path.Combine(Artifacts.Root, "screenshots");
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(folder, $"{testName}-{DateTime.UtcNow:HHmmssfff}.png"),
                FullPage = true,
            });
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}

internal static class Artifacts
{
    /// <summary>TestResults beside the solution file, so the test script and CI find screenshots in one place.</summary>
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CareerPlanner.sln")))
            {
                directory = directory.Parent;
            }
            return Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "TestResults");
        }
    }
}
