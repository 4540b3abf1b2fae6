using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Goals;

/// <summary>A goal: its SMART parts, its progress readings (recorded here) and its change history.</summary>
public class DetailsModel(AppDbContext db, IValidator<ReadingInput> validator, UserClock clock, GoalBoard board, Mentoring.SharedPlans shared) : PageModel
{
    public sealed record GoalView(int Id, int PlanId, string Title, string Description, MetricType MetricType, string? MetricWhat, string? Unit,
        double? Baseline, double? Target, string Achievable, string? RelevanceReason, GoalHorizon Horizon, DateOnly TargetDate,
        GoalStatus Status, DateOnly? AchievedOn, string? DropReason, string? ParentTitle);

    public sealed record ReadingRow(DateOnly Date, double Value, string? Note);

    public sealed record MilestoneRow(int Id, string Title, DateOnly? Date, DateOnly? ReachedOn, bool OutOfOrder);

    public sealed record ChangeRow(DateTime ChangedAtUtc, string Field, string? OldValue, string? NewValue, string? Reason);

    [BindProperty]
    public ReadingInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public GoalView Goal { get; private set; } = default!;
    public IReadOnlyList<string> ServesWhat { get; private set; } = [];
    public IReadOnlyList<ReadingRow> Readings { get; private set; } = [];
    public IReadOnlyList<ChangeRow> History { get; private set; } = [];
    public IReadOnlyList<MilestoneRow> Milestones { get; private set; } = [];
    public int Progress { get; private set; }

    /// <summary>The latest quarterly or annual review's At risk / Off track, while nothing later has answered it.</summary>
    public GoalVerdict? Verdict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int goalId)
    {
        if (!await LoadAsync(id, goalId))
        {
            return NotFound();
        }
        Input.Date = await clock.TodayAsync(User.Id());
        return Page();
    }

    public async Task<IActionResult> OnPostAddReadingAsync(int id, int goalId)
    {
        if (!await LoadAsync(id, goalId))
        {
            return NotFound();
        }
        if (Goal.MetricType == MetricType.DoneOrNotDone)
        {
            Input.Value = 1; // the only reading such a goal takes is "done"
            Input.Date ??= await clock.TodayAsync(User.Id());
            if (Readings.Count > 0)
            {
                ModelState.AddModelError(string.Empty, "This goal is already recorded as done.");
            }
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (Input.Date is { } date && date > await clock.TodayAsync(User.Id()))
        {
            ModelState.AddInputError(nameof(ReadingInput.Date), "A reading records where you are; choose today or an earlier date.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ProgressReadings.Add(new ProgressReading(goalId, Input.Date!.Value, Input.Value!.Value, Input.Note, clock.UtcNow));
        await db.SaveChangesAsync();
        StatusMessage = "Reading recorded.";
        return RedirectToPage(new { id, goalId });
    }

    /// <summary>What mentors and the owner wrote about this goal.</summary>
    public Mentoring.CommentThread Comments { get; private set; } = default!;

    private async Task<bool> LoadAsync(int planId, int goalId)
    {
        var goal = await db.Goals.AsNoTracking().InPlan(db.Plans, planId, User.Id()).Where(g => g.Id == goalId)
            .Select(g => new GoalView(g.Id, g.PlanId, g.Title, g.Description, g.MetricType, g.MetricWhat, g.Unit, g.Baseline, g.Target,
                g.Achievable, g.RelevanceReason, g.Horizon, g.TargetDate, g.Status, g.AchievedOn, g.DropReason,
                db.Goals.Where(p => p.Id == g.ParentGoalId).Select(p => p.Title).FirstOrDefault()))
            .SingleOrDefaultAsync();
        if (goal is null)
        {
            return false;
        }
        Goal = goal;
        var items = await db.SelfAssessmentItems.AsNoTracking()
            .Where(i => db.Set<GoalItemLink>().Where(l => l.GoalId == goalId).Select(l => l.SelfAssessmentItemId).Contains(i.Id)).Select(i => i.Text).ToListAsync();
        var options = await db.CareerOptions.AsNoTracking()
            .Where(o => db.Set<GoalOptionLink>().Where(l => l.GoalId == goalId).Select(l => l.CareerOptionId).Contains(o.Id)).Select(o => o.Title).ToListAsync();
        ServesWhat = [.. items, .. options];
        Readings = await db.ProgressReadings.AsNoTracking().Where(r => r.GoalId == goalId)
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).Select(r => new ReadingRow(r.Date, r.Value, r.Note)).ToListAsync();
        History = await db.GoalChanges.AsNoTracking().Where(c => c.PlanId == planId && c.GoalId == goalId)
            .OrderByDescending(c => c.ChangedAtUtc).ThenByDescending(c => c.Id)
            .Select(c => new ChangeRow(c.ChangedAtUtc, c.Field, c.OldValue, c.NewValue, c.Reason)).ToListAsync();
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.GoalId == goalId).OrderBy(m => m.Sequence).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Title, m.Date, m.ReachedOn }).ToListAsync();
        var outOfOrder = MilestonePlanning.OutOfOrder([.. milestones.Select(m => m.Date)]);
        Milestones = [.. milestones.Select((m, index) => new MilestoneRow(m.Id, m.Title, m.Date, m.ReachedOn, outOfOrder.Contains(index)))];
        Progress = GoalRules.Progress(goal.MetricType, goal.Baseline, goal.Target, Readings.Count == 0 ? null : Readings[0].Value);
        var facts = (await board.FactsAsync(User.Id(), [planId], goalId: goalId)).Single();
        Verdict = facts.Verdict(await clock.CalendarAsync(User.Id()));
        Comments = new Mentoring.CommentThread(await shared.CommentsAsync(User.Id(), planId, goalId), ForOwner: true, planId, GoalId: goalId);
        return true;
    }
}
