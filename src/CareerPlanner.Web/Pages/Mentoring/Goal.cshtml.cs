using FluentValidation;

namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>One goal of a shared plan: what it is, its progress readings and milestones, and its comments.</summary>
public class GoalModel(SharedPlans shared, IValidator<CommentInput> validator, MentorMail mail, TimeProvider time, AppDbContext db)
    : SharedThreadPageModel(shared, validator, mail, time)
{
    public sealed record GoalView(string Title, string Description, MetricType MetricType, string? MetricWhat, string? Unit, double? Baseline, double? Target,
        GoalHorizon Horizon, DateOnly TargetDate, GoalStatus Status, DateOnly? AchievedOn, string? DropReason);

    public sealed record ReadingRow(DateOnly Date, double Value, string? Note);

    public sealed record MilestoneRow(string Title, DateOnly? Date, DateOnly? ReachedOn);

    public GoalView Goal { get; private set; } = default!;
    public IReadOnlyList<ReadingRow> Readings { get; private set; } = [];
    public IReadOnlyList<MilestoneRow> Milestones { get; private set; } = [];
    public int Progress { get; private set; }

    protected override string OwnersPage(int id) => $"/Plans/{id}/Goals/{GoalId}";

    protected override SharedParts Part => SharedParts.Goals;

    protected override (int? GoalId, int? ReviewId) Thread => (GoalId, null);

    public int GoalId => Convert.ToInt32(RouteData.Values["goalId"], System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task<bool> LoadAsync(SharedAccess access)
    {
        var goal = await db.Goals.AsNoTracking().Where(g => g.Id == GoalId && g.PlanId == access.PlanId)
            .Select(g => new GoalView(g.Title, g.Description, g.MetricType, g.MetricWhat, g.Unit, g.Baseline, g.Target, g.Horizon, g.TargetDate, g.Status, g.AchievedOn, g.DropReason))
            .SingleOrDefaultAsync();
        if (goal is null)
        {
            return false;
        }
        Goal = goal;
        Readings = await db.ProgressReadings.AsNoTracking().Where(r => r.GoalId == GoalId)
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).Select(r => new ReadingRow(r.Date, r.Value, r.Note)).ToListAsync();
        Milestones = await db.Milestones.AsNoTracking().Where(m => m.GoalId == GoalId).OrderBy(m => m.Sequence).ThenBy(m => m.Id)
            .Select(m => new MilestoneRow(m.Title, m.Date, m.ReachedOn)).ToListAsync();
        Progress = GoalRules.Progress(goal.MetricType, goal.Baseline, goal.Target, Readings.Count == 0 ? null : Readings[0].Value);
        return true;
    }
}
