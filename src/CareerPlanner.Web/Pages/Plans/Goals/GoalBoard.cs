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

/// <summary>
/// What a page shows of a goal beside its own columns, read in the same query as the goal (correlated subqueries, no
/// query per goal): the latest reading, the latest judgement of a quarterly or annual review, and when its status last
/// changed.
/// </summary>
public sealed record GoalFacts(int PlanId, int Id, int? ParentGoalId, string Title, GoalHorizon Horizon, GoalStatus Status, DateOnly TargetDate,
    MetricType MetricType, double? Baseline, double? Target, string? Unit, double? LatestValue, DateOnly? LatestOn,
    GoalJudgement? Judgement, DateOnly? JudgedOn, DateTime? StatusChangedAtUtc)
{
    public int Progress => GoalRules.Progress(MetricType, Baseline, Target, LatestValue);

    /// <summary>The review judgement that still stands (<see cref="GoalVerdicts"/>): status changes count on the person's calendar.</summary>
    public GoalVerdict? Verdict(UserCalendar calendar) =>
        GoalVerdicts.Standing(Judgement is { } judgement && JudgedOn is { } on ? new GoalVerdict(judgement, on) : null, LatestOn,
            StatusChangedAtUtc is { } at ? DateOnly.FromDateTime(calendar.ToLocal(at)) : null);
}

/// <summary>Reads the board in two queries (one without the removed goals) whatever the number of goals, readings and reviews (no query per goal).</summary>
public sealed class GoalBoard(AppDbContext db, UserClock clock)
{
    public const string DeletedField = "Deleted";
    public const string StatusField = "Status";

    /// <summary>
    /// The person's goals in the given plans (only the active ones, or only one goal, if asked) with their
    /// <see cref="GoalFacts"/>, as one query compiled once: the dashboard, the board and the goal page read it on every
    /// visit, and its correlated subqueries make an expression EF Core would otherwise build, walk and compare each time.
    /// </summary>
    private static readonly Func<AppDbContext, string, int[], bool, int?, IAsyncEnumerable<GoalFacts>> FactsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int[] planIds, bool activeOnly, int? goalId) => db.Goals.AsNoTracking()
            .Where(g => planIds.Contains(g.PlanId) && db.Plans.Where(p => p.OwnerId == userId).Select(p => p.Id).Contains(g.PlanId)
                && (!activeOnly || (g.Status != GoalStatus.Achieved && g.Status != GoalStatus.Dropped))
                && (goalId == null || g.Id == goalId))
            .Select(g => new GoalFacts(g.PlanId, g.Id, g.ParentGoalId, g.Title, g.Horizon, g.Status, g.TargetDate,
                g.MetricType, g.Baseline, g.Target, g.Unit,
                db.ProgressReadings.Where(r => r.GoalId == g.Id).OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).Select(r => (double?)r.Value).FirstOrDefault(),
                db.ProgressReadings.Where(r => r.GoalId == g.Id).OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).Select(r => (DateOnly?)r.Date).FirstOrDefault(),
                db.Set<ReviewGoalNote>().Where(n => n.GoalId == g.Id && n.Judgement != null)
                    .Join(db.Reviews.Where(r => r.Kind == ReviewKind.Quarterly || r.Kind == ReviewKind.Annual), n => n.ReviewId, r => r.Id, (n, r) => new { n.Judgement, r.HeldOn, r.Id })
                    .OrderByDescending(j => j.HeldOn).ThenByDescending(j => j.Id).Select(j => j.Judgement).FirstOrDefault(),
                db.Set<ReviewGoalNote>().Where(n => n.GoalId == g.Id && n.Judgement != null)
                    .Join(db.Reviews.Where(r => r.Kind == ReviewKind.Quarterly || r.Kind == ReviewKind.Annual), n => n.ReviewId, r => r.Id, (n, r) => new { r.HeldOn, r.Id })
                    .OrderByDescending(j => j.HeldOn).ThenByDescending(j => j.Id).Select(j => (DateOnly?)j.HeldOn).FirstOrDefault(),
                db.GoalChanges.Where(c => c.GoalId == g.Id && c.PlanId == g.PlanId && c.Field == StatusField).Max(c => (DateTime?)c.ChangedAtUtc))));

    /// <summary>The person's goals in <paramref name="planIds"/> with their facts (see <see cref="FactsQuery"/>).</summary>
    public Task<List<GoalFacts>> FactsAsync(string userId, IEnumerable<int> planIds, bool activeOnly = false, int? goalId = null) =>
        FactsQuery(db, userId, [.. planIds], activeOnly, goalId).ToListAsync().AsTask();

    /// <summary>The goals removed from the plan, newest first; compiled once (the ownership condition is Ownership.InPlan's).</summary>
    private static readonly Func<AppDbContext, string, int, IAsyncEnumerable<RemovedGoal>> RemovedQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int planId) => db.GoalChanges.AsNoTracking()
            .Where(c => c.PlanId == planId && db.Plans.Any(p => p.Id == planId && p.OwnerId == userId) && c.Field == DeletedField)
            .OrderByDescending(c => c.ChangedAtUtc)
            .Select(c => new RemovedGoal(c.GoalId, c.GoalTitle, c.ChangedAtUtc, c.Reason)));

    /// <summary>The board; <paramref name="withRemoved"/> false leaves out the goals removed, for a page that does not list them.</summary>
    public async Task<GoalBoardView> LoadAsync(string userId, int planId, bool withRemoved = true)
    {
        var goals = await FactsAsync(userId, [planId]);
        IReadOnlyList<RemovedGoal> removed = withRemoved ? await RemovedQuery(db, userId, planId).ToListAsync() : [];
        var calendar = await clock.CalendarAsync(userId);

        // Sorted once (by target date, then title): the lookup and the filters below keep that order at every level.
        var open = goals.Where(g => !g.Status.IsClosed()).OrderBy(g => g.TargetDate).ThenBy(g => g.Title).ToList();
        var openIds = open.Select(g => g.Id).ToHashSet();
        var children = open.Where(g => g.ParentGoalId is not null).ToLookup(g => g.ParentGoalId!.Value);
        GoalNode Node(GoalFacts g, IReadOnlyList<GoalNode> kids) =>
            new(planId, g.Id, g.Title, g.Horizon, g.Status, g.TargetDate, g.Progress, kids,
                new GoalMeasure(g.MetricType, g.Baseline, g.Target, g.Unit, g.LatestValue, g.LatestOn), g.Verdict(calendar));
        IReadOnlyList<GoalNode> Tree(IEnumerable<GoalFacts> rows) =>
            [.. rows.Select(g => Node(g, children.Contains(g.Id) ? Tree(children[g.Id]) : []))];

        var roots = open.Where(g => g.ParentGoalId is not { } parent || !openIds.Contains(parent)).ToList();
        var byHorizon = Enum.GetValues<GoalHorizon>()
            .Select(h => (h, Tree(roots.Where(g => g.Horizon == h))))
            .Where(h => h.Item2.Count > 0)
            .ToList();
        var closed = goals.Where(g => g.Status.IsClosed()).OrderByDescending(g => g.TargetDate).Select(g => Node(g, [])).ToList();
        return new GoalBoardView(byHorizon, closed, removed);
    }
}
