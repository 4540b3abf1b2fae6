using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Reviews;

public sealed record LatestReview(int Id, ReviewKind Kind, DateOnly PeriodStart, DateOnly HeldOn, int Satisfaction, string? NextSteps);

/// <summary>What the evaluation stage's hub shows: the latest review, what is due, and this quarter.</summary>
public sealed record ReviewHubView(int PlanId, LatestReview? Latest, IReadOnlyList<DueReview> Due, DateRange Quarter);

public sealed class ReviewHub(AppDbContext db, UserCalendars calendars, UserClock clock)
{
    /// <summary>The hub of a plan the caller has already checked is the person's.</summary>
    public async Task<ReviewHubView> LoadAsync(string userId, int planId)
    {
        var calendar = await calendars.ForAsync(userId);
        var today = clock.Today(calendar);
        var latest = await db.Reviews.AsNoTracking().Where(r => r.PlanId == planId).OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
            .Select(r => new LatestReview(r.Id, r.Kind, r.PeriodStart, r.HeldOn, r.Satisfaction, r.NextSteps)).FirstOrDefaultAsync();
        var created = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.CreatedAtUtc).SingleAsync();
        var quarter = UserClock.QuarterOf(today);
        var previousStart = UserClock.QuarterOf(quarter.Start.AddDays(-1)).Start;
        var reviewed = await db.Reviews.AsNoTracking()
            .Where(r => r.PlanId == planId && r.Kind == ReviewKind.Quarterly && (r.PeriodStart == quarter.Start || r.PeriodStart == previousStart))
            .Select(r => r.PeriodStart).ToListAsync();
        var started = DateOnly.FromDateTime(clock.ToLocal(created, calendar));
        var due = new[]
        {
            ReviewSchedule.Quarterly(today, reviewed.Contains),
            ReviewSchedule.CheckIn(today, latest?.HeldOn, started, calendar.FirstDayOfWeek),
        };
        return new ReviewHubView(planId, latest, [.. due.OfType<DueReview>()], quarter);
    }
}
