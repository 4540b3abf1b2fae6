namespace CareerPlanner.Web.Pages.Plans.Wizard;

/// <summary>
/// One stage's hub: its introduction, its done-checklist and its sections. Moving between stages is a POST
/// (the plan remembers where the person last worked), so a GET never changes anything.
/// </summary>
public class StageModel(
    AppDbContext db, PlanProgress progress, SelfAssessment.SelfAssessmentSummary selfAssessment, Research.ResearchSummary research, Goals.GoalBoard goals,
    Actions.ActionHub actions, Reviews.ReviewHub reviews, TimeProvider time)
    : PageModel
{
    public sealed record HubView(int PlanId, string PlanTitle, PlanStage Stage, Guid Version, string? Vision, string? BackupPlan, string? BackupTrigger);

    public sealed record Step(PlanStage Stage, bool IsDone, bool IsCurrent);

    [TempData]
    public string? StatusMessage { get; set; }

    public HubView Hub { get; private set; } = default!;
    public IReadOnlyList<ChecklistItem> Checklist { get; private set; } = [];
    public IReadOnlyList<Step> Steps { get; private set; } = [];
    public StageGuide Guide => StageGuide.For(Hub.Stage);

    /// <summary>The person's self-assessment, on its own hub only.</summary>
    public SelfAssessment.SelfAssessmentView? SelfAssessment { get; private set; }

    /// <summary>The plan's actions and the person's learning and wins, on the action hub only.</summary>
    public Actions.ActionHubView? Actions { get; private set; }

    /// <summary>The plan's goals, on the planning hub only.</summary>
    public Goals.GoalBoardView? Goals { get; private set; }

    /// <summary>The plan's reviews, on the evaluation hub only.</summary>
    public Reviews.ReviewHubView? Reviews { get; private set; }

    /// <summary>The plan's research, on its own hub only.</summary>
    public Research.ResearchView? Research { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string stage)
    {
        if (PlanStages.FromSlug(stage) is not { } current)
        {
            return NotFound();
        }
        // The plan with its checklist's facts, in one query.
        if (await progress.PlanAsync(User.Id(), id) is not { } plan)
        {
            return NotFound();
        }
        var facts = plan.Facts;
        Hub = new HubView(plan.Id, plan.Title, current, plan.Version, plan.Vision, plan.BackupPlan, plan.BackupTrigger);
        Checklist = StageChecklist.For(current, facts);
        Steps = [.. PlanStages.All.Select(s => new Step(s, StageChecklist.IsDone(s, facts), s == current))];
        if (current == PlanStage.SelfAssessment)
        {
            SelfAssessment = await selfAssessment.LoadAsync(User.Id(), Request.Path);
        }
        if (current == PlanStage.Planning)
        {
            Goals = await goals.LoadAsync(User.Id(), id);
        }
        if (current == PlanStage.Action)
        {
            Actions = await actions.LoadAsync(User.Id(), id);
        }
        if (current == PlanStage.Evaluation)
        {
            Reviews = await reviews.LoadAsync(User.Id(), id);
        }
        if (current == PlanStage.Research)
        {
            Research = await research.LoadAsync(User.Id(), id);
        }
        return Page();
    }

    /// <summary>Continue, Back and the step indicator all come here: remember the stage, then show it.</summary>
    public async Task<IActionResult> OnPostGoAsync(int id, string to)
    {
        var plan = await db.Plans.OwnedBy(User.Id()).SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null || PlanStages.FromSlug(to) is not { } target)
        {
            return NotFound();
        }
        plan.WorkIn(target, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return RedirectToPage("Stage", new { id, stage = target.Slug() });
    }
}
