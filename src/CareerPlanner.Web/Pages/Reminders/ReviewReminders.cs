using System.Text.Encodings.Web;
using CareerPlanner.Web.Pages.Plans.Reviews;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace CareerPlanner.Web.Pages.Reminders;

public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Off by configuration (tests run the reminders once, by hand, instead).</summary>
    public bool Enabled { get; set; } = true;

    public int IntervalMinutes { get; set; } = 60;

    /// <summary>The address people reach the app at, for the links in e-mails (there is no request to take it from).
    /// Unset, the links use the address the server listens on, which outside one machine is rarely right: in
    /// Production that is a warning at start-up and a notice beside the reminder setting.</summary>
    public string? PublicUrl { get; set; }

    public bool HasPublicUrl => !string.IsNullOrWhiteSpace(PublicUrl);
}

/// <summary>Where the links in e-mails point: <see cref="ReminderOptions.PublicUrl"/>, else the server's own first address.</summary>
public sealed class PublicAddress(Microsoft.Extensions.Options.IOptions<ReminderOptions> options, Microsoft.AspNetCore.Hosting.Server.IServer server)
{
    public const string Fallback = "http://localhost:5000";

    public bool IsConfigured => options.Value.HasPublicUrl;

    public const string MissingWarning =
        "Reminders:PublicUrl is not set: links in reminder e-mails point to the address this server listens on. Set it to the address people reach the app at.";

    public string BaseUrl =>
        (options.Value.HasPublicUrl ? options.Value.PublicUrl!
            : server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? Fallback)
        .TrimEnd('/');
}

/// <summary>The signed, single-purpose token in a reminder's unsubscribe link: it can only turn reminders off.</summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("CareerPlanner.ReviewReminders.Unsubscribe.v1");

    public string For(string userId) => protector.Protect(userId);

    public string? UserIdFrom(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        try
        {
            return protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}

/// <summary>
/// One pass of the reminder e-mails: every due or overdue review of every active plan whose owner wants reminders gets
/// one e-mail, recorded so that a second pass (or a restart) does not send it again.
/// </summary>
public sealed class ReviewReminders(
    AppDbContext db, DueReviews dueReviews, IEmailSender email, UnsubscribeTokens tokens, PublicAddress publicAddress,
    TimeProvider time, ILogger<ReviewReminders> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellation = default)
    {
        var plans = (await dueReviews.ForRemindersAsync())
            .Where(p => p.Due.Count > 0).ToList();
        var planIds = plans.Select(p => p.PlanId).ToList();
        var ownerIds = plans.Select(p => p.OwnerId).Distinct().ToList();
        var addresses = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id) && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellation);
        var sent = (await db.ReviewReminders.AsNoTracking().Where(r => planIds.Contains(r.PlanId)).ToListAsync(cancellation)).ToLookup(r => r.PlanId);

        var count = 0;
        foreach (var plan in plans.Where(p => addresses.ContainsKey(p.OwnerId)))
        {
            foreach (var due in plan.Due.Where(d => !sent[plan.PlanId].Any(r => r.IsFor(d))))
            {
                cancellation.ThrowIfCancellationRequested();
                if (!await ClaimAsync(plan.PlanId, due, cancellation))
                {
                    continue; // another instance of the app sends this one
                }
                var (subject, body) = Message(plan, due);
                try
                {
                    await email.SendEmailAsync(addresses[plan.OwnerId], subject, body);
                }
                catch
                {
                    // Not sent: the claim goes, so that the next pass tries again.
                    await db.ReviewReminders.Where(ReviewReminder.Of(plan.PlanId, due))
                        .ExecuteDeleteAsync(CancellationToken.None);
                    throw;
                }
                count++;
            }
        }
        if (count > 0)
        {
            logger.LogInformation("Sent {Count} review reminder(s)", count);
        }
        return count;
    }

    /// <summary>
    /// Records the reminder before it is sent: the unique key (plan, kind, due since, overdue) lets only one of several
    /// app instances running the pass at the same moment insert it, and only that one sends the e-mail. The insert
    /// that loses does nothing (SQLite and PostgreSQL both read <c>ON CONFLICT DO NOTHING</c>), so losing to another
    /// instance is no failed command and no error in the log.
    /// </summary>
    private async Task<bool> ClaimAsync(int planId, DueReview due, CancellationToken cancellation)
    {
        var claim = new ReviewReminder(planId, due, time.GetUtcNow().UtcDateTime);
        var kind = claim.Kind.ToString();
        return await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ReviewReminders" ("PlanId", "Kind", "PeriodStart", "DueSince", "Overdue", "SentAtUtc")
            VALUES ({claim.PlanId}, {kind}, {claim.PeriodStart}, {claim.DueSince}, {claim.Overdue}, {claim.SentAtUtc})
            ON CONFLICT DO NOTHING
            """, cancellation) == 1;
    }

    private (string Subject, string Body) Message(PlanDue plan, DueReview due)
    {
        var baseUrl = publicAddress.BaseUrl;
        var start = $"{baseUrl}/Plans/{plan.PlanId}/Reviews/New/{due.Kind.Slug()}"
            + (due.Kind.IsThorough() ? $"?period={due.PeriodStart:yyyy-MM-dd}" : "");
        var unsubscribe = $"{baseUrl}/Reminders/Unsubscribe?token={Uri.EscapeDataString(tokens.For(plan.OwnerId))}";
        var what = ReviewText.Name(due.Kind, due.PeriodStart, startsSentence: false);
        var subject = $"{(due.IsOverdue ? "Overdue" : "Due")}: your {what} for “{plan.PlanTitle}”";
        var html = HtmlEncoder.Default;
        var body = $"""
            <p>Your {html.Encode(what)} for the plan “{html.Encode(plan.PlanTitle)}” is {(due.IsOverdue ? "overdue" : "due")} (since {due.DueSince:d MMMM yyyy}).</p>
            <p><a href="{html.Encode(start)}">Start the {html.Encode(due.Kind.Title().ToLowerInvariant())}</a></p>
            <p style="color:#555">You get this because review reminders are on in your profile.
            <a href="{html.Encode(unsubscribe)}">Turn review reminders off</a>.</p>
            """;
        return (subject, body);
    }
}

/// <summary>Runs the reminders every hour (by the app's clock) while the app runs, unless configured off.</summary>
public sealed class ReviewReminderService(
    IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<ReminderOptions> options, TimeProvider time, ILogger<ReviewReminderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes)), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReviewReminders>().RunOnceAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<Mentoring.MentorMail>().RunAsync(cancellation: stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "Sending review reminders failed; trying again at the next run");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
