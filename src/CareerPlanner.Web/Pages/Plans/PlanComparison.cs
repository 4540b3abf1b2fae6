using CareerPlanner.Web.Pages.Plans.Reviews;

namespace CareerPlanner.Web.Pages.Plans;

public sealed record ComparedPlan(int Id, string Title, string? Vision, PlanOverviewView Overview)
{
    /// <summary>Open goals (with the goals under them) per horizon: how many, and their average progress.</summary>
    public IReadOnlyList<(GoalHorizon Horizon, int Goals, int AverageProgress)> GoalsByHorizon =>
        [.. Overview.Goals.OpenByHorizon.Select(h => (h.Horizon, Nodes: Flatten(h.Roots).ToList()))
            .Where(h => h.Nodes.Count > 0)
            .Select(h => (h.Horizon, h.Nodes.Count, (int)Math.Round(h.Nodes.Average(n => n.Progress))))];

    public MilestoneStop? NextMilestone => Overview.Milestones.FirstOrDefault(m => m.State == MilestoneState.Next);

    public int OpenActions => Overview.Actions.ThisWeekItems.Count + Overview.Actions.Later.Count;

    public int OverdueActions => Overview.Actions.Overdue.Count();

    private static IEnumerable<Goals.GoalNode> Flatten(IEnumerable<Goals.GoalNode> nodes) => nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}

public sealed record PlanComparisonView(IReadOnlyList<(int Id, string Title)> Plans, IReadOnlyList<ComparedPlan> Compared, LineChart? Satisfaction, string? Problem);

/// <summary>
/// Two to four plans side by side, each read as its overview is (<see cref="PlanOverview"/>: a fixed number of queries
/// per plan, whatever it holds), with their job satisfaction over the last four quarters drawn as one chart.
/// The selection defaults to the most recently changed active plans, and one plan asked for is joined by the next.
/// </summary>
public sealed class PlanComparison(AppDbContext db, PlanOverview overview)
{
    public const int Max = 4;

    /// <summary>The comparison, or null when a requested plan is not the person's.</summary>
    public async Task<PlanComparisonView?> LoadAsync(string userId, IReadOnlyCollection<int> requested)
    {
        var plans = await db.Plans.AsNoTracking().OwnedBy(userId)
            .OrderBy(p => p.IsArchived).ThenByDescending(p => p.UpdatedAtUtc).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.IsArchived, p.VisionStatement }).ToListAsync();
        if (requested.Any(id => plans.All(p => p.Id != id)))
        {
            return null;
        }
        var active = plans.Where(p => !p.IsArchived).ToList();
        var selected = requested.Distinct().ToList();
        string? problem = null;
        if (selected.Count > Max)
        {
            problem = $"Compare up to {Max} plans at a time: the first {Max} you ticked are shown.";
            selected = [.. selected.Take(Max)];
        }
        if (selected.Count < 2)
        {
            selected = [.. selected.Concat(active.Select(p => p.Id).Where(id => !selected.Contains(id))).Take(2)];
        }
        var choices = active.Select(p => (p.Id, p.Title)).ToList();
        if (selected.Count < 2)
        {
            return new PlanComparisonView(choices, [], null, "Compare needs two plans: create a second one, such as your backup path.");
        }
        var compared = new List<ComparedPlan>();
        foreach (var id in selected)
        {
            var plan = plans.Single(p => p.Id == id);
            compared.Add(new ComparedPlan(id, plan.Title, FirstLine(plan.VisionStatement), await overview.LoadAsync(userId, id, "/Plans/Compare")));
        }
        return new PlanComparisonView(choices, compared, Chart(compared), problem);
    }

    private static string? FirstLine(string? text)
    {
        var line = text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return line is { Length: > 200 } ? line[..200] + "…" : line;
    }

    private static LineChart Chart(IReadOnlyList<ComparedPlan> plans)
    {
        var quarters = plans[0].Overview.Evaluation.LastFourQuarters.Select(q => q.Quarter).ToList();
        var labels = quarters.Select(q => ReviewText.QuarterTitle(q.Start)).ToList();
        var series = plans.Select(p => new ChartSeries(p.Title, [.. p.Overview.Evaluation.LastFourQuarters.Select(q => (double?)q.Satisfaction)])).ToList();
        var summary = series.All(s => s.Values.All(v => v is null))
            ? "No review of these plans rated job satisfaction in the last four quarters."
            : $"Job satisfaction (1–10) from each plan's reviews, {labels[0]} to {labels[^1]}. " + string.Join(" ", series.Select(s =>
            {
                var known = s.Values.OfType<double>().ToList();
                return $"{s.Name}: {(known.Count == 0 ? "not rated" : known.Count == 1 ? $"{known[0]:0.#}" : $"from {known[0]:0.#} to {known[^1]:0.#}")}.";
            }));
        return new LineChart("plans-satisfaction-chart", "Job satisfaction by plan", summary, "Satisfaction (1–10)", "Plan", labels, series, new ChartScale(0, 10));
    }
}
