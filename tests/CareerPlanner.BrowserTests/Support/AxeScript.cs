using Deque.AxeCore.Commons;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.BrowserTests.Support;

/// <summary>
/// axe-core, as the Deque package bundles it, served by the browser tests' host at <see cref="Path"/> (the app's
/// own pipeline never sees the path). A page loads it with a script tag, which the app's policy allows for its own
/// origin, and Chromium keeps it in its cache and its compiled code for the next page: handing the 650 kB to every
/// page through Playwright instead cost more than the checks themselves.
/// </summary>
public static class AxeScript
{
    public const string Path = "/__browser-tests/axe.js";

    private static readonly Lazy<byte[]> Source = new(() => System.Text.Encoding.UTF8.GetBytes(new BundledAxeScriptProvider().GetScript()));

    public static IWebHostBuilder ServeAxeScript(this IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, Filter>());

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(Path, script => script.Run(async context =>
            {
                context.Response.ContentType = "text/javascript; charset=utf-8";
                context.Response.Headers.CacheControl = "public, max-age=86400, immutable";
                await context.Response.Body.WriteAsync(Source.Value);
            }));
            next(app);
        };
    }
}
