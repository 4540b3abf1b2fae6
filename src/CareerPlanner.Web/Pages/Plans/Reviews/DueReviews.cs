using System.Linq.Expressions;
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
    /// <summary>The plans that match, archived ones only when asked for (nothing is due on a plan put away).</summary>
    public async Task<IReadOnlyList<PlanDue>> ForAsync(Expression<Func<Plan, bool>> plans, bool includeArchived = false)
    {
        // Thorough reviews of this year and the last are all that the rules look at.
        var since = new DateOnly(clock.UtcNow.Year - 2, 1, 1);
        var rows = await db.Plans.AsNoTracking().Where(plans).Where(p => includeArchived || !p.IsArchived).OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Title, p.OwnerId, p.CreatedAtUtc, p.CheckInCadence,
                LastHeld = db.Reviews.Where(r => r.PlanId == p.Id).Max(r => (DateOnly?)r.HeldOn),
                Thorough = db.Reviews.Where(r => r.PlanId == p.Id && (r.Kind == ReviewKind.Quarterly || r.Kind == ReviewKind.Annual) && r.PeriodStart >= since)
                    .Select(r => new { r.Kind, r.PeriodStart }).ToList(),
            }).ToListAsync();
        var calendars = await clock.CalendarsAsync([.. rows.Select(p => p.OwnerId).Distinct()]);

        return [.. rows.Select(p =>
        {
            var calendar = calendars.GetValueOrDefault(p.OwnerId) ?? UserCalendar.Default;
            var today = clock.Today(calendar);
            var started = DateOnly.FromDateTime(calendar.ToLocal(p.CreatedAtUtc));
            var last = p.LastHeld;
            var due = new[]
            {
                ReviewSchedule.Annual(today, started, start => p.Thorough.Any(r => r.Kind == ReviewKind.Annual && r.PeriodStart == start)),
                ReviewSchedule.Quarterly(today, started, start => p.Thorough.Any(r => r.Kind == ReviewKind.Quarterly && r.PeriodStart == start)),
                ReviewSchedule.CheckIn(today, last, started, p.CheckInCadence, calendar.FirstDayOfWeek),
            };
            return new PlanDue(p.Id, p.Title, p.OwnerId, calendar, today, [.. due.OfType<DueReview>()],
                ReviewSchedule.NextCheckIn(last ?? started, p.CheckInCadence));
        })];
    }
}
