using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Plans.Reviews;

/// <summary>A plan with the reviews now due on it, seen from its owner's calendar.</summary>
public sealed record PlanDue(int PlanId, string PlanTitle, string OwnerId, UserCalendar Calendar, DateOnly Today, IReadOnlyList<DueReview> Due, DateOnly NextCheckIn)
{
    /// <summary>The most pressing due review: an overdue one before one merely due.</summary>
    public DueReview? Next => Due.OrderByDescending(d => d.IsOverdue).FirstOrDefault();
}

/// <summary>
/// Works out which reviews are due on many plans at once (the hub's one plan, a person's dashboard, or every plan for
/// the reminder e-mails) in one SQL command however many plans and reviews there are (plus one for the owners'
/// calendars that are not already known, see <see cref="UserCalendars"/>).
/// </summary>
public sealed class DueReviews(AppDbContext db, UserClock clock)
{
    private sealed class PlanRow
    {
        public int Id { get; init; }
        public required string Title { get; init; }
        public required string OwnerId { get; init; }
        public DateTime CreatedAtUtc { get; init; }
        public CheckInCadence CheckInCadence { get; init; }
        public DateOnly? LastHeld { get; init; }
        public required List<ThoroughReview> Thorough { get; init; }
    }

    private sealed record ThoroughReview(ReviewKind Kind, DateOnly PeriodStart);

    /// <summary>
    /// The person's plans (or one of them), or with no person every plan whose owner wants reminders; compiled once, as
    /// the dashboard and the overview read it on every visit. A null person or plan drops its condition from the SQL
    /// (EF Core writes one command per combination of null parameters), so each caller's query uses its index.
    /// </summary>
    private static readonly Func<AppDbContext, string?, int?, bool, DateOnly, IAsyncEnumerable<PlanRow>> PlansQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string? ownerId, int? planId, bool includeArchived, DateOnly since) => db.Plans.AsNoTracking()
            .Where(p => (p.OwnerId == ownerId || (ownerId == null && !db.UserProfiles.Any(profile => profile.UserId == p.OwnerId && !profile.ReviewReminders)))
                && (planId == null || p.Id == planId) && (includeArchived || !p.IsArchived))
            .OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new PlanRow
            {
                Id = p.Id, Title = p.Title, OwnerId = p.OwnerId, CreatedAtUtc = p.CreatedAtUtc, CheckInCadence = p.CheckInCadence,
                LastHeld = db.Reviews.Where(r => r.PlanId == p.Id).Max(r => (DateOnly?)r.HeldOn),
                Thorough = db.Reviews.Where(r => r.PlanId == p.Id && (r.Kind == ReviewKind.Quarterly || r.Kind == ReviewKind.Annual) && r.PeriodStart >= since)
                    .Select(r => new ThoroughReview(r.Kind, r.PeriodStart)).ToList(),
            }));

    /// <summary>The person's active plans.</summary>
    public Task<IReadOnlyList<PlanDue>> ForOwnerAsync(string userId) => ForAsync(userId, planId: null, includeArchived: false);

    /// <summary>A plan, archived or not, that the caller has already checked is the person's.</summary>
    public async Task<PlanDue> ForPlanAsync(string userId, int planId) =>
        (await ForAsync(userId, planId, includeArchived: true)).Single();

    /// <summary>Every active plan whose owner has not turned review reminders off.</summary>
    public Task<IReadOnlyList<PlanDue>> ForRemindersAsync() => ForAsync(ownerId: null, planId: null, includeArchived: false);

    private async Task<IReadOnlyList<PlanDue>> ForAsync(string? ownerId, int? planId, bool includeArchived)
    {
        // Thorough reviews of this year and the last are all that the rules look at.
        var since = new DateOnly(clock.UtcNow.Year - 2, 1, 1);
        var rows = await PlansQuery(db, ownerId, planId, includeArchived, since).ToListAsync();
        var calendars = await clock.CalendarsAsync([.. rows.Select(p => p.OwnerId).Distinct()]);

        return [.. rows.Select(p => Due(p.Id, p.Title, p.OwnerId, calendars.GetValueOrDefault(p.OwnerId) ?? UserCalendar.Default, p.CreatedAtUtc,
            p.CheckInCadence, p.LastHeld, [.. p.Thorough.Select(r => (r.Kind, r.PeriodStart))]))];
    }

    /// <summary>
    /// The reviews due on a plan created at <paramref name="createdAtUtc"/>, seen from its owner's calendar: the annual and
    /// quarterly reviews by the thorough reviews held for their periods, the check-in by the last review of any kind.
    /// </summary>
    public PlanDue Due(int planId, string title, string ownerId, UserCalendar calendar, DateTime createdAtUtc, CheckInCadence cadence,
        DateOnly? lastHeld, IReadOnlyCollection<(ReviewKind Kind, DateOnly PeriodStart)> thorough)
    {
        var today = clock.Today(calendar);
        var started = DateOnly.FromDateTime(calendar.ToLocal(createdAtUtc));
        var due = new[]
        {
            ReviewSchedule.Annual(today, started, start => thorough.Contains((ReviewKind.Annual, start))),
            ReviewSchedule.Quarterly(today, started, start => thorough.Contains((ReviewKind.Quarterly, start))),
            ReviewSchedule.CheckIn(today, lastHeld, started, cadence, calendar.FirstDayOfWeek),
        };
        return new PlanDue(planId, title, ownerId, calendar, today, [.. due.OfType<DueReview>()], ReviewSchedule.NextCheckIn(lastHeld ?? started, cadence));
    }
}
