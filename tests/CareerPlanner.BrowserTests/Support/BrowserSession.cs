using System.Runtime.CompilerServices;
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
            // Bootstrap drops its colour transitions under reduced motion, so axe never samples a colour halfway
            // through the switch between the light and the dark theme.
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, baseAddress);
    }

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
    }

    /// <summary>The axe rules whose result depends on the colours, so on the theme.</summary>
    public static readonly string[] ColourRules = ["color-contrast", "link-in-text-block"];

    /// <summary>
    /// Runs axe with the WCAG 2.2 AA tags on the page as it is, then — when the page follows the system theme —
    /// switches the emulated colour scheme so the same page is checked in the other theme too (the rules that
    /// depend on colour; the page's structure is the same in both), and switches back.
    /// Fails on any violation, naming the theme, each rule and element.
    /// </summary>
    public async Task AssertAccessibleAsync()
    {
        // A page that scrolls sideways (a table wider than a phone) is checked here too, at whatever width the test runs.
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{Page.Url} is {widths[0]} px wide in a {widths[1]} px window: it scrolls sideways");
        var theme = await ThemeAsync();
        await AssertAxeFindsNothingAsync(theme, "tag", AxeTags);
        if (!await FollowsSystemThemeAsync())
        {
            return; // a theme the person picked with the toggle stays, whatever the system says
        }
        var other = theme == "dark" ? "light" : "dark";
        await SwitchSystemThemeAsync(other);
        await AssertAxeFindsNothingAsync(other, "rule", ColourRules);
        await SwitchSystemThemeAsync(theme);
    }

    /// <summary>
    /// <see cref="AssertAccessibleAsync"/> at the window's width and again at a 375 px phone's, then back: the same
    /// page at both widths without walking the journey twice.
    /// </summary>
    public async Task AssertAccessibleOnDesktopAndPhoneAsync()
    {
        var size = Page.ViewportSize ?? new PageViewportSizeResult { Width = 1280, Height = 900 };
        await AssertAccessibleAsync();
        await Page.SetViewportSizeAsync(375, 800);
        await AssertAccessibleAsync();
        await Page.SetViewportSizeAsync(size.Width, size.Height);
    }

    private Task<string?> ThemeAsync() => Page.Locator("html").GetAttributeAsync("data-bs-theme");

    private Task<bool> FollowsSystemThemeAsync() => Page.EvaluateAsync<bool>(
        "() => { try { return !localStorage.getItem('careerplanner-theme'); } catch (e) { return true; } }");

    private async Task SwitchSystemThemeAsync(string? theme)
    {
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("data-bs-theme", theme ?? "light");
    }

    /// <summary>
    /// Runs axe.run on the page's document (the app has no frames), loading axe once per page from the test host
    /// (<see cref="AxeScript"/>) and collecting the violations only. Deque's own runner re-injects axe and finishes
    /// every run in a fresh blank page, which is most of its time.
    /// </summary>
    private async Task AssertAxeFindsNothingAsync(string? theme, string runOnlyType, string[] runOnlyValues)
    {
        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await Page.AddScriptTagAsync(new() { Url = AxeScript.Path });
        }
        var violations = await Page.EvaluateAsync<string[]>(
            """
            async options => {
                const result = await axe.run(document, options);
                return result.violations.map(v =>
                    `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """,
            new { runOnly = new { type = runOnlyType, values = runOnlyValues }, resultTypes = new[] { "violations" } });
        Assert.True(violations.Length == 0, $"axe found {violations.Length} violation(s) on {Page.Url} in the {theme} theme:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
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
    public static string Root => Path.Combine(CareerPlanner.TestSupport.Repository.Root, "TestResults");
}
