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
/// the reminder e-mails) in four SQL commands, however many plans and reviews there are.
/// </summary>
public sealed class DueReviews(AppDbContext db, UserClock clock)
{
    /// <summary>The plans that match, archived ones only when asked for (nothing is due on a plan put away).</summary>
    public async Task<IReadOnlyList<PlanDue>> ForAsync(Expression<Func<Plan, bool>> plans, bool includeArchived = false)
    {
        var rows = await db.Plans.AsNoTracking().Where(plans).Where(p => includeArchived || !p.IsArchived).OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.OwnerId, p.CreatedAtUtc, p.CheckInCadence }).ToListAsync();
        var planIds = rows.Select(p => p.Id).ToList();
        var ownerIds = rows.Select(p => p.OwnerId).Distinct().ToList();
        var calendars = (await db.UserProfiles.AsNoTracking().Where(p => ownerIds.Contains(p.UserId))
                .Select(p => new { p.UserId, p.TimeZoneId, p.FirstDayOfWeek }).ToListAsync())
            .ToDictionary(p => p.UserId, p => UserCalendar.From(p.TimeZoneId, p.FirstDayOfWeek));
        var lastReview = (await db.Reviews.AsNoTracking().Where(r => planIds.Contains(r.PlanId))
                .GroupBy(r => r.PlanId).Select(g => new { PlanId = g.Key, HeldOn = g.Max(r => r.HeldOn) }).ToListAsync())
            .ToDictionary(r => r.PlanId, r => r.HeldOn);
        // Thorough reviews of this year and the last are all that the rules look at.
        var since = new DateOnly(clock.UtcNow.Year - 2, 1, 1);
        var thorough = (await db.Reviews.AsNoTracking()
                .Where(r => planIds.Contains(r.PlanId) && (r.Kind == ReviewKind.Quarterly || r.Kind == ReviewKind.Annual) && r.PeriodStart >= since)
                .Select(r => new { r.PlanId, r.Kind, r.PeriodStart }).ToListAsync())
            .ToLookup(r => (r.PlanId, r.Kind), r => r.PeriodStart);

        return [.. rows.Select(p =>
        {
            var calendar = calendars.GetValueOrDefault(p.OwnerId) ?? UserCalendar.Default;
            var today = clock.Today(calendar);
            var started = DateOnly.FromDateTime(calendar.ToLocal(p.CreatedAtUtc));
            DateOnly? last = lastReview.TryGetValue(p.Id, out var held) ? held : null;
            var due = new[]
            {
                ReviewSchedule.Annual(today, started, start => thorough[(p.Id, ReviewKind.Annual)].Contains(start)),
                ReviewSchedule.Quarterly(today, started, start => thorough[(p.Id, ReviewKind.Quarterly)].Contains(start)),
                ReviewSchedule.CheckIn(today, last, started, p.CheckInCadence, calendar.FirstDayOfWeek),
            };
            return new PlanDue(p.Id, p.Title, p.OwnerId, calendar, today, [.. due.OfType<DueReview>()],
                ReviewSchedule.NextCheckIn(last ?? started, p.CheckInCadence));
        })];
    }
}
