using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Plans.Goals;

public sealed record GoalNode(int PlanId, int Id, string Title, GoalHorizon Horizon, GoalStatus Status, DateOnly TargetDate, int Progress,
    IReadOnlyList<GoalNode> Children, GoalMeasure Measure, GoalVerdict? Verdict);

/// <summary>How a goal is measured and where it stands: baseline to target, and the latest reading with its date.</summary>
public sealed record GoalMeasure(MetricType MetricType, double? Baseline, double? Target, string? Unit, double? Latest, DateOnly? LatestOn)
{
    public static string Number(double? value) => value?.ToString("0.###", System.Globalization.CultureInfo.CurrentCulture) ?? "";
}

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

/// <summary>Reads the board in a fixed number of queries whatever the number of goals, readings and reviews (no query per goal).</summary>
public sealed class GoalBoard(AppDbContext db, UserClock clock)
{
    public const string DeletedField = "Deleted";
    public const string StatusField = "Status";

    private sealed record Row(int Id, int? ParentGoalId, string Title, GoalHorizon Horizon, GoalStatus Status, DateOnly TargetDate,
        MetricType MetricType, double? Baseline, double? Target, string? Unit);

    public async Task<GoalBoardView> LoadAsync(string userId, int planId)
    {
        var goals = await db.Goals.AsNoTracking().InPlan(db.Plans, planId, userId)
            .Select(g => new Row(g.Id, g.ParentGoalId, g.Title, g.Horizon, g.Status, g.TargetDate, g.MetricType, g.Baseline, g.Target, g.Unit))
            .ToListAsync();
        var readings = await db.ProgressReadings.AsNoTracking()
            .Where(r => db.Goals.Any(g => g.Id == r.GoalId && g.PlanId == planId))
            .Select(r => new { r.GoalId, r.Date, r.Id, r.Value })
            .ToListAsync();
        var latest = readings.GroupBy(r => r.GoalId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).First());
        var verdicts = await VerdictsAsync(userId, planId, latest.ToDictionary(l => l.Key, l => l.Value.Date));
        var removed = await db.GoalChanges.AsNoTracking().InPlan(db.Plans, planId, userId).Where(c => c.Field == DeletedField)
            .OrderByDescending(c => c.ChangedAtUtc)
            .Select(c => new RemovedGoal(c.GoalId, c.GoalTitle, c.ChangedAtUtc, c.Reason)).ToListAsync();

        var open = goals.Where(g => !g.Status.IsClosed()).ToList();
        var openIds = open.Select(g => g.Id).ToHashSet();
        GoalNode Node(Row g, IReadOnlyList<GoalNode> children)
        {
            var reading = latest.GetValueOrDefault(g.Id);
            return new(planId, g.Id, g.Title, g.Horizon, g.Status, g.TargetDate, GoalRules.Progress(g.MetricType, g.Baseline, g.Target, reading?.Value), children,
                new GoalMeasure(g.MetricType, g.Baseline, g.Target, g.Unit, reading?.Value, reading?.Date), verdicts.GetValueOrDefault(g.Id));
        }
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

    /// <summary>The standing review judgement of each of one plan's goals (see the overload for several plans).</summary>
    public Task<IReadOnlyDictionary<int, GoalVerdict>> VerdictsAsync(string userId, int planId, IReadOnlyDictionary<int, DateOnly> latestReadingOn) =>
        VerdictsAsync(userId, [planId], latestReadingOn);

    /// <summary>
    /// The standing review judgement of each goal of the person's given plans (<see cref="GoalVerdicts"/>), in two
    /// queries however many plans and goals: the quarterly and annual judgements, and the latest status change per goal.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, GoalVerdict>> VerdictsAsync(
        string userId, IReadOnlyCollection<int> planIds, IReadOnlyDictionary<int, DateOnly> latestReadingOn)
    {
        var plans = db.Plans.OwnedBy(userId).Where(p => planIds.Contains(p.Id)).Select(p => p.Id);
        var judged = await db.Set<ReviewGoalNote>().AsNoTracking().Where(n => n.Judgement != null)
            .Join(db.Reviews.Where(r => plans.Contains(r.PlanId) && (r.Kind == ReviewKind.Quarterly || r.Kind == ReviewKind.Annual)),
                n => n.ReviewId, r => r.Id, (n, r) => new { n.GoalId, Judgement = n.Judgement!.Value, r.HeldOn, r.Id })
            .ToListAsync();
        var statusChanges = await db.GoalChanges.AsNoTracking()
            .Where(c => plans.Contains(c.PlanId) && c.Field == StatusField)
            .GroupBy(c => c.GoalId).Select(g => new { GoalId = g.Key, At = g.Max(c => c.ChangedAtUtc) })
            .ToListAsync();
        var calendar = await clock.CalendarAsync(userId);
        var changedOn = statusChanges.ToDictionary(c => c.GoalId, c => DateOnly.FromDateTime(calendar.ToLocal(c.At)));
        return judged.GroupBy(j => j.GoalId)
            .Select(g => (GoalId: g.Key, Latest: g.OrderByDescending(j => j.HeldOn).ThenByDescending(j => j.Id).First()))
            .Select(j => (j.GoalId, Verdict: GoalVerdicts.Standing(new GoalVerdict(j.Latest.Judgement, j.Latest.HeldOn),
                latestReadingOn.TryGetValue(j.GoalId, out var read) ? read : null, changedOn.TryGetValue(j.GoalId, out var changed) ? changed : null)))
            .Where(j => j.Verdict is not null)
            .ToDictionary(j => j.GoalId, j => j.Verdict!);
    }
}
