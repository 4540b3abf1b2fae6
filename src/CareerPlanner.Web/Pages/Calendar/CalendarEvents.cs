using CareerPlanner.Web.Pages.Plans.Reviews;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CareerPlanner.Web.Pages.Calendar;

/// <summary>
/// A person's dates as an iCalendar feed (RFC 5545): open goals' target dates, milestones not yet reached, open
/// actions' due dates, the reviews that are due or come next, and when the person's certifications expire. All-day events, with stable ids so calendar apps
/// update them in place.
/// </summary>
public sealed class CalendarEvents(AppDbContext db, DueReviews dueReviews, Infrastructure.Time.UserClock clock)
{
    /// <param name="baseUrl">The address the feed was requested at (behind a trusted proxy, the address it was forwarded
    /// for), so the events' links work wherever the app runs.</param>
    public async Task<string> FeedAsync(string userId, string baseUrl)
    {
        var plans = await dueReviews.ForOwnerAsync(userId);
        var planIds = plans.Select(p => p.PlanId).ToList();
        var titles = plans.ToDictionary(p => p.PlanId, p => p.PlanTitle);
        baseUrl = baseUrl.TrimEnd('/');
        var calendar = new Ical.Net.Calendar { ProductId = "-//CareerPlanner//Calendar feed//EN" };
        calendar.AddProperty("X-WR-CALNAME", "CareerPlanner");

        void Add(string uid, DateOnly day, string summary, int planId, string path) => calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{uid}@careerplanner",
            Summary = summary,
            Description = $"Plan: {titles[planId]}",
            Start = new CalDateTime(day),
            Url = new Uri($"{baseUrl}{path}"),
        });

        var goals = await db.Goals.AsNoTracking()
            .Where(g => planIds.Contains(g.PlanId) && g.Status != GoalStatus.Achieved && g.Status != GoalStatus.Dropped)
            .Select(g => new { g.Id, g.PlanId, g.Title, g.TargetDate }).ToListAsync();
        goals.ForEach(g => Add($"goal-{g.Id}", g.TargetDate, $"Goal due: {g.Title}", g.PlanId, $"/Plans/{g.PlanId}/Goals/{g.Id}"));

        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ReachedOn == null && m.Date != null)
            .Join(db.Goals.Where(g => planIds.Contains(g.PlanId)), m => m.GoalId, g => g.Id, (m, g) => new { m.Id, m.Title, m.Date, g.PlanId, GoalId = g.Id })
            .ToListAsync();
        milestones.ForEach(m => Add($"milestone-{m.Id}", m.Date!.Value, $"Milestone: {m.Title}", m.PlanId, $"/Plans/{m.PlanId}/Goals/{m.GoalId}"));

        var actions = await db.ActionItems.AsNoTracking()
            .Where(a => planIds.Contains(a.PlanId) && (a.Status == ActionStatus.ToDo || a.Status == ActionStatus.Doing))
            .Select(a => new { a.Id, a.PlanId, a.Title, a.DueDate }).ToListAsync();
        actions.ForEach(a => Add($"action-{a.Id}", a.DueDate, $"Action: {a.Title}", a.PlanId, $"/Plans/{a.PlanId}/Actions/{a.Id}/Edit"));

        // Certifications are the person's, not a plan's: their expiry dates from two months back on.
        var since = (await clock.TodayAsync(userId)).AddDays(-Certification.ExpiryWarningDays);
        var certifications = await db.Certifications.AsNoTracking().Where(c => c.UserId == userId && c.ExpiresOn >= since)
            .Select(c => new { c.Id, c.Name, c.ExpiresOn }).ToListAsync();
        certifications.ForEach(c => calendar.Events.Add(new CalendarEvent
        {
            Uid = $"certification-{c.Id}@careerplanner",
            Summary = $"Certification expires: {c.Name}",
            Description = "From your career history: renew it, or update its expiry date.",
            Start = new CalDateTime(c.ExpiresOn!.Value),
            Url = new Uri($"{baseUrl}/History/Certifications/{c.Id}"),
        }));

        foreach (var plan in plans)
        {
            foreach (var due in plan.Due)
            {
                var day = due.DueSince < plan.Today ? plan.Today : due.DueSince; // a review still due shows today, not in the past
                Add($"review-{plan.PlanId}-{due.Kind.Slug()}-{due.PeriodStart:yyyyMMdd}", day,
                    $"{ReviewText.Name(due.Kind, due.PeriodStart)}{(due.IsOverdue ? " (overdue)" : "")}", plan.PlanId,
                    $"/Plans/{plan.PlanId}/Reviews/New/{due.Kind.Slug()}");
            }
            if (!plan.Due.Any(d => !d.Kind.IsThorough()))
            {
                Add($"review-{plan.PlanId}-checkin-{plan.NextCheckIn:yyyyMMdd}", plan.NextCheckIn, "Check-in", plan.PlanId, $"/Plans/{plan.PlanId}/Reviews");
            }
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
