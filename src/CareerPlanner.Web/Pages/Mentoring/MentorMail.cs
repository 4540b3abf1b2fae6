using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>
/// E-mails about a shared plan, at most one an hour per plan and direction: the owner hears of new comments and
/// suggestions from mentors, the mentors of the owner's replies. What arrives within the hour waits for the next e-mail
/// (sent by the next pass of the hourly reminder service, or by the next comment after the hour). A person who turned
/// reminders off is not e-mailed (what they were not told of is not kept for later).
/// </summary>
public sealed class MentorMail(
    AppDbContext db, IEmailSender email, Reminders.PublicAddress publicAddress, TimeProvider time, ILogger<MentorMail> logger)
{
    public static readonly TimeSpan Gap = TimeSpan.FromHours(1);

    /// <summary>Sends what is due for this plan, right after a comment or a suggestion; a failure is logged, never shown (the hourly pass sends it).</summary>
    public async Task TrySendAsync(int planId)
    {
        try
        {
            await RunAsync(planId);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "E-mailing about comments on plan {PlanId} failed; the hourly pass tries again", planId);
        }
    }

    /// <summary>One pass over every plan with something not yet e-mailed (or only <paramref name="onlyPlanId"/>); returns the e-mails sent.</summary>
    public async Task<int> RunAsync(int? onlyPlanId = null, CancellationToken cancellation = default)
    {
        var planIds = onlyPlanId is { } one ? [one]
            : await db.PlanComments.Where(c => c.MailedAtUtc == null).Select(c => c.PlanId)
                .Union(db.PlanSuggestions.Where(s => s.MailedAtUtc == null).Select(s => s.PlanId)).ToListAsync(cancellation);
        var sent = 0;
        foreach (var planId in planIds)
        {
            sent += await ToOwnerAsync(planId, cancellation) + await ToMentorsAsync(planId, cancellation);
        }
        return sent;
    }

    private async Task<int> ToOwnerAsync(int planId, CancellationToken cancellation)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var comments = await db.PlanComments.AsNoTracking().Where(c => c.PlanId == planId && !c.ByOwner).ToListAsync(cancellation);
        var suggestions = await db.PlanSuggestions.AsNoTracking().Where(s => s.PlanId == planId).ToListAsync(cancellation);
        var last = comments.Select(c => c.MailedAtUtc).Concat(suggestions.Select(s => s.MailedAtUtc)).Max();
        if (now - last < Gap)
        {
            return 0;
        }
        var pendingComments = await ClaimAsync(comments.Where(c => c.MailedAtUtc is null), now, cancellation);
        var pendingSuggestions = await ClaimAsync(suggestions.Where(s => s.MailedAtUtc is null), now, cancellation);
        if (pendingComments.Count + pendingSuggestions.Count == 0)
        {
            return 0;
        }
        var plan = await PlanAsync(planId, cancellation);
        var sent = 0;
        if (plan.Owner is { WantsMail: true, Email: { } address })
        {
            var html = HtmlEncoder.Default;
            var names = await NamesAsync(pendingComments.Select(c => c.AuthorId).Concat(pendingSuggestions.Select(s => s.AuthorId)), cancellation);
            var lines = pendingComments.Select(c => $"<li>{html.Encode(names.GetValueOrDefault(c.AuthorId ?? "") ?? "A former mentor")} commented: “{html.Encode(Short(c.Text))}”</li>")
                .Concat(pendingSuggestions.Select(s => $"<li>{html.Encode(names.GetValueOrDefault(s.AuthorId ?? "") ?? "A former mentor")} suggests a{(s.Kind == SuggestionKind.Action ? "n action" : " goal")}: “{html.Encode(s.Title)}”</li>"));
            var link = $"{publicAddress.BaseUrl}/Plans/{planId}/Comments";
            await SendOrUnclaimAsync(address, $"New comments on your plan “{plan.Title}”", $"""
                <p>On your plan “{html.Encode(plan.Title)}”:</p>
                <ul>{string.Concat(lines)}</ul>
                <p><a href="{html.Encode(link)}">Read and reply</a>. Suggestions wait for your answer on your dashboard.</p>
                <p style="color:#555">You get at most one such e-mail an hour for a plan, because reminders are on in your profile.</p>
                """, pendingComments, pendingSuggestions);
            sent++;
        }
        return sent;
    }

    /// <summary>
    /// Marks each row as e-mailed before the e-mail goes, each with an update that only succeeds while it is not yet
    /// marked, and returns the rows this instance marked: when several app instances run at once, each comment and
    /// suggestion is told of once.
    /// </summary>
    private async Task<List<T>> ClaimAsync<T>(IEnumerable<T> pending, DateTime now, CancellationToken cancellation) where T : class, IMailedAbout
    {
        var claimed = new List<T>();
        foreach (var row in pending)
        {
            var id = row.Id;
            if (await db.Set<T>().Where(r => r.Id == id && r.MailedAtUtc == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.MailedAtUtc, now), cancellation) == 1)
            {
                claimed.Add(row);
            }
        }
        return claimed;
    }

    /// <summary>Takes back the claims of rows whose e-mail was not sent, whatever the request's cancellation.</summary>
    private async Task UnclaimAsync<T>(IReadOnlyList<T> rows) where T : class, IMailedAbout
    {
        if (rows.Count == 0)
        {
            return;
        }
        var ids = rows.Select(r => r.Id).ToList();
        await db.Set<T>().Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.MailedAtUtc, (DateTime?)null), CancellationToken.None);
    }

    /// <summary>
    /// Sends an e-mail about rows claimed for it. When the mail server refuses it, the claims are taken back (whatever
    /// the request's cancellation) and the error goes on, so the next pass tells of the same rows; with several
    /// mentors, one already told may then hear of them twice, which is better than one never hearing.
    /// </summary>
    private async Task SendOrUnclaimAsync(string address, string subject, string html, IReadOnlyList<PlanComment> comments, IReadOnlyList<PlanSuggestion> suggestions)
    {
        try
        {
            await email.SendEmailAsync(address, subject, html);
        }
        catch
        {
            await UnclaimAsync(comments);
            await UnclaimAsync(suggestions);
            throw;
        }
    }

    private async Task<int> ToMentorsAsync(int planId, CancellationToken cancellation)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var replies = await db.PlanComments.AsNoTracking().Where(c => c.PlanId == planId && c.ByOwner).ToListAsync(cancellation);
        if (replies.Count == 0 || now - replies.Max(c => c.MailedAtUtc) < Gap)
        {
            return 0;
        }
        var pending = await ClaimAsync(replies.Where(c => c.MailedAtUtc is null), now, cancellation);
        if (pending.Count == 0)
        {
            return 0;
        }
        var plan = await PlanAsync(planId, cancellation);
        var mentors = await db.PlanShares.AsNoTracking().Where(s => s.PlanId == planId && s.MentorId != null)
            .Select(s => new
            {
                s.Parts, s.EndsOn,
                Email = db.Users.Where(u => u.Id == s.MentorId).Select(u => u.Email).FirstOrDefault(),
                WantsMail = !db.UserProfiles.Any(p => p.UserId == s.MentorId && !p.ReviewReminders),
            })
            .ToListAsync(cancellation);
        var today = DateOnly.FromDateTime(now);
        var html = HtmlEncoder.Default;
        var sent = 0;
        foreach (var mentor in mentors.Where(m => m.WantsMail && m.Email is not null && (m.EndsOn is null || m.EndsOn >= today)))
        {
            var seen = pending.Where(c => (c.GoalId is null || mentor.Parts.HasFlag(SharedParts.Goals)) && (c.ReviewId is null || mentor.Parts.HasFlag(SharedParts.Reviews))).ToList();
            if (seen.Count == 0)
            {
                continue;
            }
            var link = $"{publicAddress.BaseUrl}/Shared/Plans/{planId}";
            await SendOrUnclaimAsync(mentor.Email!, $"{plan.OwnerName} replied on “{plan.Title}”", $"""
                <p>{html.Encode(plan.OwnerName)} wrote on the plan “{html.Encode(plan.Title)}” they share with you:</p>
                <ul>{string.Concat(seen.Select(c => $"<li>“{html.Encode(Short(c.Text))}”</li>"))}</ul>
                <p><a href="{html.Encode(link)}">Open the shared plan</a>.</p>
                <p style="color:#555">You get at most one such e-mail an hour for a plan, because reminders are on in your profile.</p>
                """, pending, []);
            sent++;
        }
        return sent;
    }

    private sealed record Owner(string? Email, bool WantsMail);

    private sealed record PlanFacts(string Title, string OwnerName, Owner Owner);

    private async Task<PlanFacts> PlanAsync(int planId, CancellationToken cancellation)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new
        {
            p.Title,
            Name = db.UserProfiles.Where(u => u.UserId == p.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            Email = db.Users.Where(u => u.Id == p.OwnerId).Select(u => u.Email).FirstOrDefault(),
            WantsMail = !db.UserProfiles.Any(u => u.UserId == p.OwnerId && !u.ReviewReminders),
        }).SingleAsync(cancellation);
        return new PlanFacts(plan.Title, plan.Name ?? plan.Email ?? "The plan's owner", new Owner(plan.Email, plan.WantsMail));
    }

    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string?> userIds, CancellationToken cancellation)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, Name = db.UserProfiles.Where(p => p.UserId == u.Id).Select(p => p.DisplayName).FirstOrDefault() ?? u.Email })
            .ToListAsync(cancellation);
        return people.ToDictionary(p => p.Id, p => p.Name ?? "Someone");
    }

    private static string Short(string text) => text.Length <= 300 ? text : text[..297] + "…";
}
