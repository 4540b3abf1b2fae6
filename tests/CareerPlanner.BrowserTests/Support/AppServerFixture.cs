using CareerPlanner.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace CareerPlanner.BrowserTests.Support;

/// <summary>The app on real Kestrel at 127.0.0.1 plus one Chromium.</summary>
public sealed class AppServer<TFactory> : IAsyncDisposable where TFactory : CareerPlannerFactory, new()
{
    private readonly BrowserFixture browser = new();

    public TFactory Factory { get; } = new();
    public Uri BaseAddress { get; private set; } = default!;
    public Microsoft.Playwright.IBrowser Browser => browser.Browser;

    public static async Task<AppServer<TFactory>> StartAsync()
    {
        var server = new AppServer<TFactory>();
        server.BaseAddress = server.Factory.StartKestrel();
        await server.browser.InitializeAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

/// <summary>
/// What a browser test class gets: the one app host and the one Chromium that every class of the test run shares
/// (started by the first class that asks, stopped when the test process ends). Each test opens its own browser
/// context (<see cref="OpenAsync"/>) with its own cookies and storage, so tests stay isolated while classes still
/// run side by side.
/// </summary>
public abstract class SharedServer<TFactory> : IAsyncLifetime where TFactory : CareerPlannerFactory, new()
{
    private static readonly Lazy<Task<AppServer<TFactory>>> Shared = new(StartSharedAsync);

    private AppServer<TFactory> server = default!;

    public TFactory Factory => server.Factory;
    public Uri BaseAddress => server.BaseAddress;

    public async Task InitializeAsync() => server = await Shared.Value;

    public Task DisposeAsync() => Task.CompletedTask;

    public Task<BrowserSession> OpenAsync(
        int width = 1280, Microsoft.Playwright.ColorScheme colorScheme = Microsoft.Playwright.ColorScheme.Light, string? timeZoneId = null) =>
        BrowserSession.OpenAsync(server.Browser, server.BaseAddress, width, colorScheme, timeZoneId);

    private static async Task<AppServer<TFactory>> StartSharedAsync()
    {
        var started = await AppServer<TFactory>.StartAsync();
        // xunit v2 has no assembly-wide fixture: close Chromium and the host (and delete its database) when the
        // test process ends.
        // The files go first: the test host may end the process before an orderly shutdown of Chromium and Kestrel completes.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            started.Factory.DeleteFiles();
            started.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));
        };
        return started;
    }
}

/// <summary>
/// Every browser test class shares one host, and they all sign in from 127.0.0.1: the account-form rate limit
/// (20 per 5 minutes per client) is raised for it so that the number of tests never trips it. The limit itself
/// is proven by the integration tests.
/// </summary>
public class SharedBrowserFactory : CareerPlannerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:AccountForms:PermitLimit", "100000");
        builder.ServeAxeScript();
    }
}

/// <summary>The app in Production, as a browser test sees it (with <see cref="AxeScript"/>).</summary>
public class ProductionBrowserFactory : ProductionCareerPlannerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ServeAxeScript();
    }
}

public sealed class DevelopmentServer : SharedServer<SharedBrowserFactory>;

public sealed class ProductionServer : SharedServer<ProductionBrowserFactory>;
