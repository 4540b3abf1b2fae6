using System.Threading.RateLimiting;

namespace CareerPlanner.Web.Infrastructure;

public sealed class AuthRateLimitOptions
{
    public const string Section = "RateLimiting:AccountForms";
    public const string FeedbackSection = "RateLimiting:FeedbackAnswers";

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
        "/Identity/Account/Reauthenticate",
    ];

    public static IServiceCollection AddAccountRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(AuthRateLimitOptions.Section).Get<AuthRateLimitOptions>() ?? new AuthRateLimitOptions();
        var feedback = configuration.GetSection(AuthRateLimitOptions.FeedbackSection).Get<AuthRateLimitOptions>()
            ?? new AuthRateLimitOptions { PermitLimit = 10, WindowMinutes = 10 };
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return IsLimited(context.Request) ? Window("account:" + ip, settings)
                    : IsFeedbackAnswer(context.Request) ? Window("feedback:" + ip, feedback)
                    : RateLimitPartition.GetNoLimiter("not-limited");
            });
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(feedback.WindowMinutes);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                // The error page (re-executed for the 429) tells the person when to try again.
                context.HttpContext.Items[RetryAfterItem] = retryAfter;
                WebSetup.SecurityLog(context.HttpContext).LogWarning("Rate limit refused {Method} {Path} from {RemoteIp}",
                        context.HttpContext.Request.Method, LoggingSetup.RedactPath(context.HttpContext.Request.Path.Value), context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Window(string key, AuthRateLimitOptions limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromMinutes(limit.WindowMinutes),
            QueueLimit = 0,
        });

    /// <summary>A respondent's POST to a public feedback link (not the owner's own /Feedback/Requests pages).</summary>
    private static bool IsFeedbackAnswer(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments("/Feedback", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/Feedback/Requests", StringComparison.OrdinalIgnoreCase);

    private static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && LimitedPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
}
