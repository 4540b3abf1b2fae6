using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerPlanner.Web.Infrastructure;

public sealed class AuthRateLimitOptions
{
    public const string Section = "RateLimiting:AccountForms";

    public int PermitLimit { get; set; } = 20;
    public int WindowMinutes { get; set; } = 5;
}

/// <summary>
/// Per client IP, a fixed window on the POSTs that guess or create accounts (sign-in, register, forgot password).
/// GETs are never limited, so fetching a form never costs an attempt. A request with no known IP shares
/// one "unknown" partition rather than failing.
/// </summary>
public static class RateLimitingSetup
{
    public const string RetryAfterItem = "CareerPlanner.RetryAfter";

    private static readonly string[] LimitedPaths =
    [
        "/Identity/Account/Login",
        "/Identity/Account/Register",
        "/Identity/Account/ForgotPassword",
    ];

    public static IServiceCollection AddAccountRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(AuthRateLimitOptions.Section).Get<AuthRateLimitOptions>() ?? new AuthRateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLimited(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = settings.PermitLimit,
                            Window = TimeSpan.FromMinutes(settings.WindowMinutes),
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter("not-limited"));
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(settings.WindowMinutes);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                // The error page (re-executed for the 429) tells the person when to try again.
                context.HttpContext.Items[RetryAfterItem] = retryAfter;
                WebSetup.SecurityLog(context.HttpContext).LogWarning("Rate limit refused {Method} {Path} from {RemoteIp}",
                        context.HttpContext.Request.Method, context.HttpContext.Request.Path.Value, context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    private static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && LimitedPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
}
