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
        services.AddSingleton<RejectionLog>();
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
                context.HttpContext.RequestServices.GetRequiredService<RejectionLog>().Refused(context.HttpContext);
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

/// <summary>
/// Logs refused requests aggregated: the first refusal of a client in a minute is a warning line, the rest of that
/// minute only counted, and the count is logged when the client is next refused in a later minute. A flood of refused
/// requests cannot fill the disk with log lines.
/// </summary>
public sealed class RejectionLog(TimeProvider time, ILoggerFactory loggers)
{
    private const int MaxClients = 10_000;

    private sealed class Minute
    {
        public long Number;
        public int Refused;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Minute> clients = new(StringComparer.Ordinal);
    private readonly ILogger logger = loggers.CreateLogger("CareerPlanner.Security");

    public void Refused(HttpContext context)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var now = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        if (clients.Count >= MaxClients)
        {
            foreach (var (key, minute) in clients)
            {
                if (minute.Number < now)
                {
                    clients.TryRemove(key, out _);
                }
            }
        }
        var entry = clients.GetOrAdd(client, _ => new Minute { Number = now });
        int earlier;
        lock (entry)
        {
            if (entry.Number == now && entry.Refused > 0)
            {
                entry.Refused++;
                return;
            }
            earlier = entry.Number < now ? entry.Refused : 0;
            entry.Number = now;
            entry.Refused = 1;
        }
        if (earlier > 1)
        {
            logger.LogWarning("Rate limit refused {Count} requests from {RemoteIp} in an earlier minute", earlier, client);
        }
        logger.LogWarning("Rate limit refused {Method} {Path} from {RemoteIp}; further refusals from it this minute are counted, not logged",
            context.Request.Method, LoggingSetup.RedactPath(context.Request.Path.Value), client);
    }
}
