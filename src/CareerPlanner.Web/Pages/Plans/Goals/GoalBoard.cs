namespace CareerPlanner.Web.Pages.Plans.Goals;

public sealed record GoalNode(int PlanId, int Id, string Title, GoalHorizon Horizon, GoalStatus Status, DateOnly TargetDate, int Progress, IReadOnlyList<GoalNode> Children);

public sealed record RemovedGoal(int GoalId, string Title, DateTime RemovedAtUtc, string? Reason);

/// <summary>A plan's goals as a tree grouped by horizon, the closed ones, and those removed (from their history).</summary>
public sealed record GoalBoardView(
    IReadOnlyList<(GoalHorizon Horizon, IReadOnlyList<GoalNode> Roots)> OpenByHorizon,
    IReadOnlyList<GoalNode> Closed,
    IReadOnlyList<RemovedGoal> Removed)
{
    public int OpenCount => OpenByHorizon.Sum(h => Count(h.Roots));

    private static int Count(IReadOnlyList<GoalNode> nodes) => nodes.Sum(n => 1 + Count(n.Children));
}

/// <summary>Reads the board in three queries whatever the number of goals and readings (no query per goal).</summary>
public sealed class GoalBoard(AppDbContext db)
{
    public const string DeletedField = "Deleted";

    private sealed record Row(int Id, int? ParentGoalId, string Title, GoalHorizon Horizon, GoalStatus Status, DateOnly TargetDate,
        MetricType MetricType, double? Baseline, double? Target);

    public async Task<GoalBoardView> LoadAsync(string userId, int planId)
    {
        var goals = await db.Goals.AsNoTracking().InPlan(db.Plans, planId, userId)
            .Select(g => new Row(g.Id, g.ParentGoalId, g.Title, g.Horizon, g.Status, g.TargetDate, g.MetricType, g.Baseline, g.Target))
            .ToListAsync();
        var readings = await db.ProgressReadings.AsNoTracking()
            .Where(r => db.Goals.Any(g => g.Id == r.GoalId && g.PlanId == planId))
            .Select(r => new { r.GoalId, r.Date, r.Id, r.Value })
            .ToListAsync();
        var latest = readings.GroupBy(r => r.GoalId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).First().Value);
        var removed = await db.GoalChanges.AsNoTracking().InPlan(db.Plans, planId, userId).Where(c => c.Field == DeletedField)
            .OrderByDescending(c => c.ChangedAtUtc)
            .Select(c => new RemovedGoal(c.GoalId, c.GoalTitle, c.ChangedAtUtc, c.Reason)).ToListAsync();

        var open = goals.Where(g => !g.Status.IsClosed()).ToList();
        var openIds = open.Select(g => g.Id).ToHashSet();
        GoalNode Node(Row g, IReadOnlyList<GoalNode> children) => new(planId, g.Id, g.Title, g.Horizon, g.Status, g.TargetDate,
            GoalRules.Progress(g.MetricType, g.Baseline, g.Target, latest.TryGetValue(g.Id, out var value) ? value : null), children);
        IReadOnlyList<GoalNode> Tree(IEnumerable<Row> rows) =>
            [.. rows.OrderBy(g => g.TargetDate).ThenBy(g => g.Title).Select(g => Node(g, Tree(open.Where(c => c.ParentGoalId == g.Id))))];

        var roots = open.Where(g => g.ParentGoalId is not { } parent || !openIds.Contains(parent)).ToList();
        var byHorizon = Enum.GetValues<GoalHorizon>()
            .Select(h => (h, Tree(roots.Where(g => g.Horizon == h))))
            .Where(h => h.Item2.Count > 0)
            .ToList();
        var closed = goals.Where(g => g.Status.IsClosed()).OrderByDescending(g => g.TargetDate).Select(g => Node(g, [])).ToList();
        return new GoalBoardView(byHorizon, closed, removed);
    }
}
