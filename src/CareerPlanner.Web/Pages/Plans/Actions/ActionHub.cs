using CareerPlanner.Web.Pages.Achievements;

namespace CareerPlanner.Web.Pages.Plans.Actions;

public sealed record MilestoneDue(int GoalId, string GoalTitle, string Title, DateOnly Date);

public sealed record LearningNow(int Id, string Title, DateOnly? FinishedOn);

/// <summary>The action stage's hub: this week's actions and what is overdue, milestones due soon, learning in progress, recent wins.</summary>
public sealed record ActionHubView(int PlanId, ActionBoardView Board, IReadOnlyList<MilestoneDue> MilestonesSoon, IReadOnlyList<LearningNow> Learning, IReadOnlyList<AchievementRow> Achievements);

/// <summary>Reads the hub in a fixed number of queries, however many actions, milestones or achievements exist.</summary>
public sealed class ActionHub(AppDbContext db, ActionBoard board, AchievementLog achievements)
{
    /// <summary>How many of each list of actions the hub shows; the actions page shows them all.</summary>
    public const int Shown = 10;

    private sealed class Line
    {
        public bool IsMilestone { get; init; }
        public int Id { get; init; }
        public required string Title { get; init; }
        public DateOnly? Date { get; init; }
        public required string GoalTitle { get; init; }
    }

    /// <summary>Compiled once (the hub is read on every visit); the plan's ownership is checked as Ownership.InPlan does.</summary>
    private static readonly Func<AppDbContext, string, int, DateOnly, DateOnly, DateOnly, IAsyncEnumerable<Line>> LinesQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int planId, DateOnly today, DateOnly soon, DateOnly recently) => db.Milestones.AsNoTracking()
            .Where(m => m.ReachedOn == null && m.Date != null && m.Date >= today && m.Date <= soon
                && db.Goals.Where(g => g.PlanId == planId && db.Plans.Any(p => p.Id == planId && p.OwnerId == userId)).Select(g => g.Id).Contains(m.GoalId))
            .Select(m => new Line { IsMilestone = true, Id = m.GoalId, Title = m.Title, Date = m.Date, GoalTitle = db.Goals.Where(g => g.Id == m.GoalId).Select(g => g.Title).First() })
            .Concat(db.LearningItems
                .Where(i => i.UserId == userId && (i.Status == LearningStatus.InProgress || (i.Status == LearningStatus.Finished && i.FinishedOn >= recently)))
                .Select(i => new Line { IsMilestone = false, Id = i.Id, Title = i.Title, Date = i.FinishedOn, GoalTitle = "" })));

    public async Task<ActionHubView> LoadAsync(string userId, int planId)
    {
        var actions = await board.LoadAsync(userId, planId);
        var soon = actions.Today.AddDays(30);
        var today = actions.Today;
        // The milestones due in the next 30 days, and the learning in progress or finished in the last 30 days (a
        // finished course is worth seeing for a while): one UNION ALL of dated lines.
        var lines = await LinesQuery(db, userId, planId, today, soon, today.AddDays(-30)).ToListAsync();
        var milestones = lines.Where(l => l.IsMilestone).OrderBy(m => m.Date)
            .Select(m => new MilestoneDue(m.Id, m.GoalTitle, m.Title, m.Date!.Value)).ToList();
        var learning = lines.Where(l => !l.IsMilestone).OrderBy(i => i.Date != null).ThenBy(i => i.Title, StringComparer.Ordinal)
            .Select(i => new LearningNow(i.Id, i.Title, i.Date)).ToList();
        return new ActionHubView(planId, actions, milestones, learning, await achievements.LatestAsync(userId, take: 5));
    }
}
