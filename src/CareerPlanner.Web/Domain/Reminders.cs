namespace CareerPlanner.Web.Domain;

/// <summary>
/// A reminder e-mail that was sent for one due (or, later, overdue) review of a plan. Kept so that a second run of the
/// reminder service, or a restart, never sends the same reminder again.
/// </summary>
public class ReviewReminder : IPlanOwned
{
    private ReviewReminder()
    {
    }

    public ReviewReminder(int planId, DueReview due, DateTime sentAtUtc)
    {
        PlanId = planId;
        Kind = due.Kind;
        PeriodStart = due.PeriodStart;
        DueSince = due.DueSince;
        Overdue = due.IsOverdue;
        SentAtUtc = sentAtUtc;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public ReviewKind Kind { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateOnly DueSince { get; private set; }
    public bool Overdue { get; private set; }
    public DateTime SentAtUtc { get; private set; }

    public bool IsFor(DueReview due) => Kind == due.Kind && DueSince == due.DueSince && Overdue == due.IsOverdue;

    /// <summary>The reminder of this plan for this due review (its unique key), as a query condition.</summary>
    public static System.Linq.Expressions.Expression<Func<ReviewReminder, bool>> Of(int planId, DueReview due)
    {
        var (kind, dueSince, overdue) = (due.Kind, due.DueSince, due.IsOverdue);
        return r => r.PlanId == planId && r.Kind == kind && r.DueSince == dueSince && r.Overdue == overdue;
    }
}

/// <summary>
/// The person's private calendar feed. Only a hash of the link's token is kept: the link is shown once, and resetting
/// it replaces the hash, so the old link stops working.
/// </summary>
public class CalendarFeed
{
    private CalendarFeed()
    {
    }

    public CalendarFeed(string userId) => UserId = userId;

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Makes a new token (128 random bits, URL-safe) and keeps only its hash; the token is returned once.</summary>
    public string Renew(DateTime nowUtc)
    {
        var token = LinkTokens.Create();
        TokenHash = LinkTokens.Hash(token);
        CreatedAtUtc = nowUtc;
        return token;
    }
}
