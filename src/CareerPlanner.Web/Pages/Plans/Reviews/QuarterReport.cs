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
        // quarter's review are followed up): one query, which also finds out that the plan is the person's.
        var plan = await db.Plans.AsNoTracking().OwnedBy(userId).Where(p => p.Id == planId)
            .Select(p => new
            {
                p.Id, p.Title,
                // Correlated to the plan for EF Core, and to the plan's id as well, so SQLite reads only this plan's reviews
                // instead of every review to join them (QueryPlanTests).
                Reviews = db.Reviews.Where(r => r.PlanId == p.Id && r.PlanId == planId && r.PeriodStart >= windowStart && r.PeriodStart <= end)
                    .Select(r => new
                    {
                        r.Id, r.Kind, r.PeriodStart, r.HeldOn, r.Satisfaction, r.CareerFit, r.CareerFitWhy, r.NewInformation,
                        Adjustments = db.GoalChanges.Where(c => c.ReviewId == r.Id && c.PlanId == planId)
                            .OrderBy(c => c.ChangedAtUtc).ThenBy(c => c.Id).Select(c => new { c.GoalId, c.GoalTitle, c.Field, c.OldValue, c.NewValue, c.Reason }).ToList(),
                    }).ToList(),
            })
            .AsSingleQuery().SingleOrDefaultAsync();
        if (plan is null)
        {
            return null;
        }
        // Each goal with the judgement this quarter's review gave it, in one query; its readings in another (joined, each
        // goal's whole row repeated per reading, a plan of 500 goals was a quarter slower).
        var judgedGoals = await db.Goals.AsNoTracking().Where(g => g.PlanId == planId).OrderByDescending(g => g.Horizon).ThenBy(g => g.TargetDate).ThenBy(g => g.Id)
            .Select(g => new
            {
                Goal = g,
                Judgement = db.Set<ReviewGoalNote>()
                    .Where(n => n.GoalId == g.Id && db.Reviews.Any(r => r.Id == n.ReviewId && r.PlanId == planId && r.Kind == ReviewKind.Quarterly && r.PeriodStart == start))
                    .Select(n => n.Judgement).FirstOrDefault(),
            })
            .ToListAsync();
        var goals = judgedGoals.Select(g => g.Goal).ToList();
        var judgements = judgedGoals.ToDictionary(g => g.Goal.Id, g => g.Judgement);
        var goalsOfPlan = db.Goals.Where(g => g.PlanId == planId).Select(g => g.Id);
        var readings = (await db.ProgressReadings.AsNoTracking().Where(r => r.Date <= end && goalsOfPlan.Contains(r.GoalId))
            .OrderBy(r => r.Date).ThenBy(r => r.Id).Select(r => new { r.GoalId, r.Date, r.Value }).ToListAsync())
            .ToLookup(r => r.GoalId);

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
        var lines = await db.ActionItems.AsNoTracking().Where(a => a.PlanId == planId)
            .Where(a => (a.DoneOn >= start && a.DoneOn <= end) || (a.DueDate <= end && a.Status != ActionStatus.Dropped && (a.DoneOn == null || a.DoneOn >= start)))
            .Select(a => new { Kind = DatedKind.Action, a.Id, Text = a.Title, Date = a.DueDate, a.DoneOn })
            .Concat(db.Milestones.Where(m => m.ReachedOn >= start && m.ReachedOn <= end && goalsOfPlan.Contains(m.GoalId))
                .Select(m => new { Kind = DatedKind.Milestone, m.Id, Text = m.Title, Date = m.ReachedOn!.Value, DoneOn = (DateOnly?)null }))
            .Concat(db.LearningItems.Where(i => i.UserId == userId && i.FinishedOn >= start && i.FinishedOn <= end)
                .Select(i => new { Kind = DatedKind.Learning, i.Id, Text = i.Title, Date = i.FinishedOn!.Value, DoneOn = (DateOnly?)null }))
            .Concat(db.Achievements.Where(a => a.UserId == userId && a.Date >= start && a.Date <= end)
                .Select(a => new { Kind = DatedKind.Achievement, a.Id, Text = a.What, a.Date, DoneOn = (DateOnly?)null }))
            .ToListAsync();
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

        var reviews = plan.Reviews;
        var review = reviews.Where(r => r.Kind == ReviewKind.Quarterly && r.PeriodStart == start)
            .Select(r => new QuarterlyReviewSummary(r.Id, r.HeldOn, r.Satisfaction, r.CareerFit, r.CareerFitWhy, r.NewInformation)).SingleOrDefault();
        var adjustments = reviews.Where(r => r.Kind == ReviewKind.Quarterly && r.PeriodStart == previousStart).SelectMany(r => r.Adjustments).ToList();
        var adjustedGoals = goals.ToDictionary(g => g.Id, g => g.Snapshot());
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
