using System.Text.RegularExpressions;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace CareerPlanner.Web.Infrastructure;

public static partial class LoggingSetup
{
    public static IServiceCollection AddAppLogging(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        // preserveStaticLogger: each host (several run in parallel under test) keeps its own pipeline;
        // ReadFrom.Services lets a host add sinks through DI (tests capture output that way).
        services.AddSerilog((provider, logger) =>
            {
                logger.ReadFrom.Configuration(configuration)
                    .ReadFrom.Services(provider)
                    .Enrich.FromLogContext()
                    .Enrich.With<RedactRequestPathEnricher>();
                // The rolling file lives under the content root (next to the database), whatever the working directory.
                // Like the console (appsettings.json), it is written by a background worker, so a request never waits
                // for a disk; events wait for the worker rather than being dropped when it falls behind.
                var file = configuration["Serilog:RollingFile"];
                if (!string.IsNullOrWhiteSpace(file))
                {
                    logger.WriteTo.Async(sink => sink.File(Path.Combine(environment.ContentRootPath, file),
                        rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14), blockWhenFull: true);
                }
            },
            preserveStaticLogger: true);

    public static IApplicationBuilder UseAppRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.IncludeQueryInRequestPath = false;
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(RedactPath(context.Request.Path.Value))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });

    /// <summary>Paths that carry a secret (a feedback link's, the calendar feed's or an invitation's token) are logged with the secret replaced.</summary>
    public static string RedactPath(string? path) =>
        string.IsNullOrEmpty(path) ? "/" : SecretPathSegment().Replace(path, "$1***");

    /// <summary>
    /// ASP.NET Core puts the raw request path in every event's scope ("RequestPath"); a feedback link's token must not
    /// reach a log that way either, so the property is replaced with its redacted form on every event.
    /// </summary>
    private sealed class RedactRequestPathEnricher : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            if (logEvent.Properties.TryGetValue("RequestPath", out var value) && value is ScalarValue { Value: string path })
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty("RequestPath", new ScalarValue(RedactPath(path))));
            }
        }
    }

    [GeneratedRegex(@"^(/feedback/(?!requests(?:/|$))|/calendar/|/invitations/)[^/]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretPathSegment();
}
