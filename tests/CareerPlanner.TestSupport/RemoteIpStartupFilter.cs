using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CareerPlanner.TestSupport;

/// <summary>
/// Lets a test say which client IP a request comes from (header <see cref="HeaderName"/>), for per-IP rules
/// such as rate limits. Under TestServer a request has no remote IP at all unless a test sets one.
/// </summary>
public sealed class RemoteIpStartupFilter : IStartupFilter
{
    public const string HeaderName = "X-Test-Remote-IP";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(HeaderName, out var value) && IPAddress.TryParse(value, out var ip))
            {
                context.Connection.RemoteIpAddress = ip;
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}
