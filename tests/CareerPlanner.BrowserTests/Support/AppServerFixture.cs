using CareerPlanner.TestSupport;

namespace CareerPlanner.BrowserTests.Support;

/// <summary>The app on real Kestrel at 127.0.0.1 plus a Chromium, for one test class.</summary>
public class AppServerFixture<TFactory> : IAsyncLifetime where TFactory : CareerPlannerFactory, new()
{
    private readonly BrowserFixture browser = new();

    public TFactory Factory { get; } = new();
    public Uri BaseAddress { get; private set; } = default!;
    public Microsoft.Playwright.IBrowser Browser => browser.Browser;

    public async Task InitializeAsync()
    {
        BaseAddress = Factory.StartKestrel();
        await browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await Factory.DisposeAsync();
    }

    public Task<BrowserSession> OpenAsync(
        int width = 1280, Microsoft.Playwright.ColorScheme colorScheme = Microsoft.Playwright.ColorScheme.Light, string? timeZoneId = null) =>
        BrowserSession.OpenAsync(Browser, BaseAddress, width, colorScheme, timeZoneId);
}

public sealed class DevelopmentServer : AppServerFixture<CareerPlannerFactory>;

public sealed class ProductionServer : AppServerFixture<ProductionCareerPlannerFactory>;
