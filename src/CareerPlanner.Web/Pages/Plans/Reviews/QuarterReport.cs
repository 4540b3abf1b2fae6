using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Plans.Reviews;

public sealed record GoalInQuarter(
    int GoalId, string Title, string? Unit, GoalStatus Status, DateOnly TargetDate, double? ValueAtStart, double? ValueAtEnd,
    int ProgressAtStart, int ProgressAtEnd, bool DueInQuarter, bool Met, GoalJudgement? Judgement);

public sealed record ActionInQuarter(string Title, DateOnly DueDate, DateOnly? DoneOn);

public sealed record Dated(string Text, DateOnly Date);

public sealed record AdjustmentFollowUp(int GoalId, string GoalTitle, string Field, string? OldValue, string? NewValue, string? Reason, bool GoalExists, bool CarriedOut, string? NowValue);

public sealed record QuarterlyReviewSummary(int Id, DateOnly HeldOn, int Satisfaction, CareerFit? CareerFit, string? CareerFitWhy, string? NewInformation);

/// <summary>Everything the quarterly review page shows of one plan's quarter.</summary>
public sealed record QuarterView(
    int PlanId, string PlanTitle, DateRange Quarter, DateOnly Today,
    IReadOnlyList<GoalInQuarter> Goals, IReadOnlyList<ActionInQuarter> Completed, IReadOnlyList<ActionInQuarter> Overdue, IReadOnlyList<ActionInQuarter> CarriedOver,
    IReadOnlyList<Dated> MilestonesReached, IReadOnlyList<Dated> LearningFinished, IReadOnlyList<Dated> Achievements,
    IReadOnlyList<AdjustmentFollowUp> PreviousAdjustments, QuarterlyReviewSummary? Review, LineChart ProgressChart, LineChart SatisfactionChart,
    bool PreviousQuarterReviewed)
{
    public int Year => Quarter.Start.Year;
    public int Number => Quarters.Number(Quarter.Start);
    public string Title => ReviewText.QuarterTitle(Quarter.Start);
    public DateRange Previous => Quarters.Of(Quarter.Start.AddDays(-1));
    public DateRange Next => Quarters.Of(Quarter.End.AddDays(1));
    public bool IsFuture => Quarter.Start > Today;

    /// <summary>The day the quarter is seen from: its last day once it is over, else today.</summary>
    public DateOnly AsOf => Quarter.End < Today ? Quarter.End : Today;
}

/// <summary>
/// Reads one quarter of a plan in a fixed number of SQL commands, however many goals, actions and reviews it has: each
/// kind of row is one query, and the arithmetic (progress at a date, what was overdue) is done in memory.
/// </summary>
public sealed class QuarterReport(AppDbContext db, UserClock clock)
{
    private enum DatedKind
    {
        Action = 0,
        Milestone = 1,
        Learning = 2,
        Achievement = 3,
    }

    private sealed class PlanRow
    {
        public int Id { get; init; }
        public required string Title { get; init; }
        public int? ReviewId { get; init; }
        public ReviewKind? Kind { get; init; }
        public DateOnly? PeriodStart { get; init; }
        public DateOnly? HeldOn { get; init; }
        public int? Satisfaction { get; init; }
        public CareerFit? CareerFit { get; init; }
        public string? CareerFitWhy { get; init; }
        public string? NewInformation { get; init; }
        public int? ChangeId { get; init; }
        public int? GoalId { get; init; }
        public string? GoalTitle { get; init; }
        public string? Field { get; init; }
        public string? OldValue { get; init; }
        public string? NewValue { get; init; }
        public string? Reason { get; init; }
        public DateTime? ChangedAtUtc { get; init; }
    }

    /// <summary>
    /// The person's plan with its reviews of the charted quarters and the goal changes each made, one flat row per change
    /// (or per review without any, or one for the plan alone); compiled once, as are the page's other queries: the page
    /// is read on every visit, and EF Core would otherwise build and compare each query's expression every time.
    /// The reviews are correlated to the plan's id as well, so SQLite reads only this plan's reviews (QueryPlanTests).
    /// </summary>
    private static readonly Func<AppDbContext, string, int, DateOnly, DateOnly, IAsyncEnumerable<PlanRow>> PlanQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int planId, DateOnly windowStart, DateOnly end) =>
            from p in db.Plans.AsNoTracking().Where(p => p.OwnerId == userId && p.Id == planId)
            from r in db.Reviews.Where(r => r.PlanId == p.Id && r.PlanId == planId && r.PeriodStart >= windowStart && r.PeriodStart <= end).DefaultIfEmpty()
            from c in db.GoalChanges.Where(c => c.ReviewId == r.Id && c.PlanId == planId).DefaultIfEmpty()
            select new PlanRow
            {
                Id = p.Id, Title = p.Title, ReviewId = (int?)r.Id, Kind = (ReviewKind?)r.Kind, PeriodStart = (DateOnly?)r.PeriodStart, HeldOn = (DateOnly?)r.HeldOn,
                Satisfaction = (int?)r.Satisfaction, CareerFit = r.CareerFit, CareerFitWhy = r.CareerFitWhy, NewInformation = r.NewInformation,
                ChangeId = (int?)c.Id, GoalId = (int?)c.GoalId, GoalTitle = c.GoalTitle, Field = c.Field, OldValue = c.OldValue, NewValue = c.NewValue,
                Reason = c.Reason, ChangedAtUtc = (DateTime?)c.ChangedAtUtc,
            });

    private sealed class JudgedGoal
    {
        public required Goal Goal { get; init; }
        public GoalJudgement? Judgement { get; init; }
    }

    /// <summary>The plan's goals, each with the judgement the quarterly review of the quarter starting on the given day gave it.</summary>
    private static readonly Func<AppDbContext, int, DateOnly, IAsyncEnumerable<JudgedGoal>> GoalsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, int planId, DateOnly start) => db.Goals.AsNoTracking().Where(g => g.PlanId == planId)
            .OrderByDescending(g => g.Horizon).ThenBy(g => g.TargetDate).ThenBy(g => g.Id)
            .Select(g => new JudgedGoal
            {
                Goal = g,
                Judgement = db.Set<ReviewGoalNote>()
                    .Where(n => n.GoalId == g.Id && db.Reviews.Any(r => r.Id == n.ReviewId && r.PlanId == planId && r.Kind == ReviewKind.Quarterly && r.PeriodStart == start))
                    .Select(n => n.Judgement).FirstOrDefault(),
            }));

    private sealed class Reading
    {
        public int GoalId { get; init; }
        public DateOnly Date { get; init; }
        public double Value { get; init; }
    }

    /// <summary>The readings of the plan's goals up to the given day, oldest first.</summary>
    private static readonly Func<AppDbContext, int, DateOnly, IAsyncEnumerable<Reading>> ReadingsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, int planId, DateOnly end) => db.ProgressReadings.AsNoTracking()
            .Where(r => r.Date <= end && db.Goals.Where(g => g.PlanId == planId).Select(g => g.Id).Contains(r.GoalId))
            .OrderBy(r => r.Date).ThenBy(r => r.Id).Select(r => new Reading { GoalId = r.GoalId, Date = r.Date, Value = r.Value }));

    private sealed class DatedRow
    {
        public DatedKind Kind { get; init; }
        public int Id { get; init; }
        public required string Text { get; init; }
        public DateOnly Date { get; init; }
        public DateOnly? DoneOn { get; init; }
    }

    /// <summary>The actions the quarter looks at, and the milestones reached, learning finished and achievements in it.</summary>
    private static readonly Func<AppDbContext, string, int, DateOnly, DateOnly, IAsyncEnumerable<DatedRow>> LinesQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int planId, DateOnly start, DateOnly end) => db.ActionItems.AsNoTracking().Where(a => a.PlanId == planId)
            .Where(a => (a.DoneOn >= start && a.DoneOn <= end) || (a.DueDate <= end && a.Status != ActionStatus.Dropped && (a.DoneOn == null || a.DoneOn >= start)))
            .Select(a => new DatedRow { Kind = DatedKind.Action, Id = a.Id, Text = a.Title, Date = a.DueDate, DoneOn = a.DoneOn })
            .Concat(db.Milestones.Where(m => m.ReachedOn >= start && m.ReachedOn <= end && db.Goals.Where(g => g.PlanId == planId).Select(g => g.Id).Contains(m.GoalId))
                .Select(m => new DatedRow { Kind = DatedKind.Milestone, Id = m.Id, Text = m.Title, Date = m.ReachedOn!.Value, DoneOn = null }))
            .Concat(db.LearningItems.Where(i => i.UserId == userId && i.FinishedOn >= start && i.FinishedOn <= end)
                .Select(i => new DatedRow { Kind = DatedKind.Learning, Id = i.Id, Text = i.Title, Date = i.FinishedOn!.Value, DoneOn = null }))
            .Concat(db.Achievements.Where(a => a.UserId == userId && a.Date >= start && a.Date <= end)
                .Select(a => new DatedRow { Kind = DatedKind.Achievement, Id = a.Id, Text = a.What, Date = a.Date, DoneOn = null })));

    public async Task<DateRange> CurrentQuarterAsync(string userId) => await clock.ThisQuarterAsync(userId);

    public async Task<QuarterView?> LoadAsync(string userId, int planId, DateRange quarter)
    {
        var today = await clock.TodayAsync(userId);
        var (start, end) = (quarter.Start, quarter.End);
        var asOf = end < today ? end : today;
        var quarters = Enumerable.Range(0, 4).Select(back => Quarters.Of(start.AddMonths(-3 * back))).Reverse().ToList();
        var windowStart = quarters[0].Start;
        var previousStart = quarters[2].Start;

        // The plan with the reviews of the four quarters charted, each with the adjustments it made (those of the previous
        // quarter's review are followed up): one query of flat rows, which also finds out that the plan is the person's.
        var planRows = await PlanQuery(db, userId, planId, windowStart, end).ToListAsync();
        if (planRows.Count == 0)
        {
            return null;
        }
        var plan = planRows[0];
        var reviews = planRows.Where(r => r.ReviewId is not null).GroupBy(r => r.ReviewId!.Value).Select(changes =>
        {
            var r = changes.First();
            return new
            {
                Id = changes.Key, Kind = r.Kind!.Value, PeriodStart = r.PeriodStart!.Value, HeldOn = r.HeldOn!.Value, Satisfaction = r.Satisfaction!.Value,
                r.CareerFit, r.CareerFitWhy, r.NewInformation,
                Adjustments = changes.Where(c => c.ChangeId is not null).OrderBy(c => c.ChangedAtUtc).ThenBy(c => c.ChangeId)
                    .Select(c => new { GoalId = c.GoalId!.Value, GoalTitle = c.GoalTitle!, Field = c.Field!, c.OldValue, c.NewValue, c.Reason }).ToList(),
            };
        }).ToList();
        // Each goal with the judgement this quarter's review gave it, in one query; its readings in another (joined, each
        // goal's whole row repeated per reading, a plan of 500 goals was a quarter slower).
        var judgedGoals = await GoalsQuery(db, planId, start).ToListAsync();
        var goals = judgedGoals.Select(g => g.Goal).ToList();
        var judgements = judgedGoals.ToDictionary(g => g.Goal.Id, g => g.Judgement);
        var readings = (await ReadingsQuery(db, planId, end).ToListAsync()).ToLookup(r => r.GoalId);

        double? ValueOn(int goalId, DateOnly day) => ReviewPeriods.ValueOn(readings[goalId], r => r.Date, r => r.Value, day);
        int ProgressOn(Goal goal, DateOnly day) => GoalRules.Progress(goal.MetricType, goal.Baseline, goal.Target, ValueOn(goal.Id, day));
        var inQuarter = goals.Where(g => g.CreatedOn <= end).ToList();
        var goalRows = inQuarter.Select(g =>
        {
            var met = (g.AchievedOn is { } achieved && achieved <= end) || ProgressOn(g, g.TargetDate < asOf ? g.TargetDate : asOf) == 100;
            return new GoalInQuarter(g.Id, g.Title, g.Unit, g.Status, g.TargetDate, ValueOn(g.Id, start), ValueOn(g.Id, asOf),
                ProgressOn(g, start), ProgressOn(g, asOf), quarter.Contains(g.TargetDate), met, judgements.GetValueOrDefault(g.Id));
        }).ToList();

        // The actions the quarter looks at, and the milestones reached, learning finished and achievements of the quarter:
        // one UNION ALL of dated lines.
        var lines = await LinesQuery(db, userId, planId, start, end).ToListAsync();
        var actions = lines.Where(l => l.Kind == DatedKind.Action).OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new ActionInQuarter(a.Text, a.Date, a.DoneOn)).ToList();
        bool OpenOn(ActionInQuarter a, DateOnly day) => a.DoneOn is null || a.DoneOn > day;
        var completed = actions.Where(a => a.DoneOn is { } done && quarter.Contains(done)).ToList();
        // Overdue: due in the quarter and still open the day after it was due (seen from the quarter's end, or today).
        var overdueBefore = end < today ? end.AddDays(1) : today;
        var overdue = actions.Where(a => quarter.Contains(a.DueDate) && a.DueDate < overdueBefore && OpenOn(a, overdueBefore.AddDays(-1))).ToList();
        var carried = actions.Where(a => a.DueDate < start && OpenOn(a, start.AddDays(-1))).ToList();

        var dated = lines.Where(l => l.Kind != DatedKind.Action).OrderBy(d => d.Date).ToLookup(d => d.Kind, d => new Dated(d.Text, d.Date));
        List<Dated> milestones = [.. dated[DatedKind.Milestone]], learning = [.. dated[DatedKind.Learning]], achievements = [.. dated[DatedKind.Achievement]];

        var review = reviews.Where(r => r.Kind == ReviewKind.Quarterly && r.PeriodStart == start)
            .Select(r => new QuarterlyReviewSummary(r.Id, r.HeldOn, r.Satisfaction, r.CareerFit, r.CareerFitWhy, r.NewInformation)).SingleOrDefault();
        var adjustments = reviews.Where(r => r.Kind == ReviewKind.Quarterly && r.PeriodStart == previousStart).SelectMany(r => r.Adjustments).ToList();
        // Each adjusted goal as it stands now (only those: a snapshot formats every field).
        var adjustedIds = adjustments.Select(a => a.GoalId).ToHashSet();
        var adjustedGoals = goals.Where(g => adjustedIds.Contains(g.Id)).ToDictionary(g => g.Id, g => g.Snapshot());
        var followUps = adjustments.Select(a =>
        {
            var now = adjustedGoals.GetValueOrDefault(a.GoalId)?.GetValueOrDefault(a.Field);
            return new AdjustmentFollowUp(a.GoalId, a.GoalTitle, a.Field, a.OldValue, a.NewValue, a.Reason, adjustedGoals.ContainsKey(a.GoalId),
                adjustedGoals.ContainsKey(a.GoalId) && now == a.NewValue, now);
        }).ToList();

        var labels = quarters.Select(q => ReviewText.QuarterTitle(q.Start)).ToList();
        var satisfaction = quarters.Select(q => reviews.Where(r => q.Contains(r.PeriodStart)).Select(r => (double)r.Satisfaction).DefaultIfEmpty(double.NaN).Average())
            .Select(v => double.IsNaN(v) ? (double?)null : Math.Round(v, 1)).ToList();
        var progressSeries = inQuarter.Select(g => new ChartSeries(g.Title,
            [.. quarters.Select(q => ProgressAtQuarterEnd(g, q))])).ToList();

        // A quarter still ahead has no point; one whose end has not come yet is seen from today; no reading yet, no point.
        double? ProgressAtQuarterEnd(Goal goal, DateRange q)
        {
            var day = q.End < asOf ? q.End : asOf;
            return q.Start > asOf || ValueOn(goal.Id, day) is null ? null : ProgressOn(goal, day);
        }

        return new QuarterView(plan.Id, plan.Title, quarter, today, goalRows, completed, overdue, carried, milestones, learning, achievements, followUps, review,
            ProgressChart(labels, progressSeries), SatisfactionChart(labels, satisfaction),
            reviews.Any(r => r.Kind == ReviewKind.Quarterly && r.PeriodStart == previousStart));
    }

    private static LineChart ProgressChart(IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series)
    {
        var drawn = series.Take(LineChart.MostDrawn).ToList();
        var summary = series.Count == 0
            ? "No goals yet, so there is no progress to show."
            : $"Progress of {series.Count} goal{(series.Count == 1 ? "" : "s")} at the end of each of the last four quarters, from {labels[0]} to {labels[^1]}. "
              + (series.Count > drawn.Count ? $"The chart draws the first {drawn.Count}, in the order of the goals above; the data has all {series.Count}. " : "")
              + string.Join(" ", drawn.Select(s => $"{s.Name}: {Describe(s.Values, "%")}."));
        return new LineChart("progress-chart", "Goal progress over time", summary, "Progress (%)", "Goal", labels, series, new ChartScale(0, 100));
    }

    private static LineChart SatisfactionChart(IReadOnlyList<string> labels, IReadOnlyList<double?> averages)
    {
        var summary = averages.All(a => a is null)
            ? "No reviews in the last four quarters, so there is no satisfaction to show yet."
            : $"Average job satisfaction (1–10) from reviews in each of the last four quarters: {Describe(averages, "")}.";
        return new LineChart("satisfaction-chart", "Job satisfaction over time", summary, "Satisfaction (1–10)", "Measure", labels,
            [new ChartSeries("Job satisfaction", averages)], new ChartScale(0, 10));
    }

    private static string Describe(IReadOnlyList<double?> values, string unit)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return known.Count switch
        {
            0 => "no readings yet",
            1 => $"{known[0]:0.#}{unit}",
            _ => $"from {known[0]:0.#}{unit} to {known[^1]:0.#}{unit}",
        };
    }
}
