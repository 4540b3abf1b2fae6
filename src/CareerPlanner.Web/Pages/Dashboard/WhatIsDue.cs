using CareerPlanner.Web.Infrastructure.Time;
using CareerPlanner.Web.Pages.Plans.Reviews;

namespace CareerPlanner.Web.Pages.Dashboard;

public sealed record DueAction(int PlanId, int Id, string Title, DateOnly DueDate, bool IsOverdue);

public sealed record DueMilestone(int PlanId, int GoalId, string Title, string GoalTitle, DateOnly Date);

/// <summary>A goal at risk by its status or by a review's standing judgement (then <paramref name="Verdict"/> says which and when).</summary>
public sealed record GoalAtRisk(int PlanId, int GoalId, string Title, DateOnly TargetDate, GoalVerdict? Verdict = null);

public sealed record Encouragement(string What, DateOnly Date);

/// <summary>An active goal on a plan's card, with its progress and any standing review judgement.</summary>
public sealed record CardGoal(int GoalId, string Title, GoalStatus Status, DateOnly TargetDate, int Progress, GoalVerdict? Verdict)
{
    public bool AtRisk => Status == GoalStatus.AtRisk || Verdict is not null;
}

/// <summary>One plan's card on the dashboard: the first <see cref="WhatIsDue.GoalsShown"/> active goals (at risk first) of <paramref name="GoalCount"/>.</summary>
public sealed record PlanCard(PlanDue Plan, IReadOnlyList<DueAction> Actions, IReadOnlyList<DueMilestone> Milestones, IReadOnlyList<GoalAtRisk> GoalsAtRisk,
    IReadOnlyList<CardGoal> Goals, int GoalCount, DueMilestone? NextMilestone);

/// <summary>The person's next 1:1 and how many of its talking points are still open.</summary>
public sealed record NextOneOnOne(int Id, DateOnly Date, string WithWhom, int OpenPoints);

public sealed record LearningNow(int Id, string Title);

public sealed record DashboardView(DateOnly Today, DateRange ThisWeek, IReadOnlyList<PlanCard> Plans, Encouragement? RecentWin, IReadOnlyList<Network.ContactRow> ContactsDue,
    NextOneOnOne? NextOneOnOne, IReadOnlyList<LearningNow> Learning);

/// <summary>
/// Everything due across a person's active plans, in a fixed number of SQL commands however many plans and goals
/// they have: the due reviews, then one query per kind of row for all plans together.
/// </summary>
public sealed class WhatIsDue(AppDbContext db, DueReviews dueReviews, Network.ContactEditor contacts, Plans.Goals.GoalBoard goals, UserClock clock)
{
    public const int MilestoneDays = 30;
    public const int GoalsShown = 8;

    public async Task<DashboardView> LoadAsync(string userId)
    {
        var calendar = await clock.CalendarAsync(userId);
        var (today, week) = (clock.Today(calendar), clock.ThisWeek(calendar));
        var plans = await dueReviews.ForAsync(p => p.OwnerId == userId);
        var planIds = plans.Select(p => p.PlanId).ToList();

        var actions = (await db.ActionItems.AsNoTracking()
                .Where(a => planIds.Contains(a.PlanId) && (a.Status == ActionStatus.ToDo || a.Status == ActionStatus.Doing) && a.DueDate <= week.End)
                .OrderBy(a => a.DueDate).ThenBy(a => a.Id).Select(a => new { a.PlanId, a.Id, a.Title, a.DueDate }).ToListAsync())
            .ToLookup(a => a.PlanId, a => new DueAction(a.PlanId, a.Id, a.Title, a.DueDate, a.DueDate < today));
        var until = today.AddDays(MilestoneDays);
        var milestones = (await db.Milestones.AsNoTracking()
                .Where(m => m.ReachedOn == null && m.Date >= today && m.Date <= until)
                .Join(db.Goals.Where(g => planIds.Contains(g.PlanId)), m => m.GoalId, g => g.Id, (m, g) => new { m.Title, m.Date, g.PlanId, GoalId = g.Id, GoalTitle = g.Title })
                .OrderBy(x => x.Date).ToListAsync())
            .ToLookup(m => m.PlanId, m => new DueMilestone(m.PlanId, m.GoalId, m.Title, m.GoalTitle, m.Date!.Value));
        var readings = (await db.ProgressReadings.AsNoTracking()
                .Where(r => db.Goals.Any(g => g.Id == r.GoalId && planIds.Contains(g.PlanId)))
                .Select(r => new { r.GoalId, r.Date, r.Id, r.Value }).ToListAsync())
            .GroupBy(r => r.GoalId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).First());
        var readOn = readings.ToDictionary(r => r.Key, r => r.Value.Date);
        var verdicts = await goals.VerdictsAsync(userId, planIds, readOn);
        var judgedIds = verdicts.Keys.ToList();
        // At risk by its status, or by a review's judgement that nothing has answered since; At risk / Off track first.
        var atRisk = (await db.Goals.AsNoTracking()
                .Where(g => planIds.Contains(g.PlanId) && g.Status != GoalStatus.Achieved && g.Status != GoalStatus.Dropped
                    && (g.Status == GoalStatus.AtRisk || judgedIds.Contains(g.Id)))
                .OrderBy(g => g.TargetDate).Select(g => new { g.PlanId, g.Id, g.Title, g.TargetDate }).ToListAsync())
            .Select(g => new GoalAtRisk(g.PlanId, g.Id, g.Title, g.TargetDate, verdicts.GetValueOrDefault(g.Id)))
            .ToLookup(g => g.PlanId);
        var cardGoals = (await db.Goals.AsNoTracking()
                .Where(g => planIds.Contains(g.PlanId) && g.Status != GoalStatus.Achieved && g.Status != GoalStatus.Dropped)
                .Select(g => new { g.PlanId, g.Id, g.Title, g.Status, g.TargetDate, g.MetricType, g.Baseline, g.Target }).ToListAsync())
            .Select(g => (g.PlanId, Goal: new CardGoal(g.Id, g.Title, g.Status, g.TargetDate,
                GoalRules.Progress(g.MetricType, g.Baseline, g.Target, readings.TryGetValue(g.Id, out var r) ? r.Value : null), verdicts.GetValueOrDefault(g.Id))))
            .ToLookup(g => g.PlanId, g => g.Goal);
        var nextMilestones = (await db.Milestones.AsNoTracking()
                .Where(m => m.ReachedOn == null && m.Date >= today)
                .Join(db.Goals.Where(g => planIds.Contains(g.PlanId)), m => m.GoalId, g => g.Id, (m, g) => new { m.Title, m.Date, g.PlanId, GoalId = g.Id, GoalTitle = g.Title })
                .ToListAsync())
            .GroupBy(m => m.PlanId)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Date).Select(m => new DueMilestone(m.PlanId, m.GoalId, m.Title, m.GoalTitle, m.Date!.Value)).First());
        var nextOneOnOne = await db.OneOnOnes.AsNoTracking().Where(m => m.UserId == userId && m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new NextOneOnOne(m.Id, m.Date, m.WithWhom, m.TalkingPoints.Count(p => !p.Discussed))).FirstOrDefaultAsync();
        var learning = await db.LearningItems.AsNoTracking().Where(i => i.UserId == userId && i.Status == LearningStatus.InProgress)
            .OrderBy(i => i.Title).Select(i => new LearningNow(i.Id, i.Title)).ToListAsync();
        var win = await db.Achievements.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Select(a => new Encouragement(a.What, a.Date)).FirstOrDefaultAsync();

        var contactsDue = (await contacts.RowsAsync(userId, today)).Where(c => c.IsDue).OrderBy(c => c.NextFollowUp).ToList();

        return new DashboardView(today, week,
            [.. plans.Select(p => new PlanCard(p, [.. actions[p.PlanId]], [.. milestones[p.PlanId]], [.. atRisk[p.PlanId]],
                [.. cardGoals[p.PlanId].OrderByDescending(g => g.AtRisk).ThenBy(g => g.TargetDate).ThenBy(g => g.Title).Take(GoalsShown)], cardGoals[p.PlanId].Count(),
                nextMilestones.GetValueOrDefault(p.PlanId)))],
            win, contactsDue, nextOneOnOne, learning);
    }
}
