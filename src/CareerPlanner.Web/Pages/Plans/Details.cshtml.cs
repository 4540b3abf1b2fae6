using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Plans;

/// <summary>The overview's parts as <c>_OverviewParts</c> shows them: all with their edit links for the owner; for a mentor,
/// read-only and only <paramref name="Show"/>.</summary>
public sealed record OverviewParts(DetailsModel.PlanView Plan, PlanOverviewView Overview, SharedParts Show = SharedParts.All, bool Shared = false)
{
    public SelfAssessment.SelfAssessmentView Assets => Overview.Person.SelfAssessment;
    public History.HistoryAssets History => Overview.Person.History;
    public Brand.BrandView? Brand => Overview.Person.Brand;
}

/// <summary>The whole plan on one page, organised as a career management plan: assets, goals, strategy, marketing.</summary>
public class DetailsModel(
    AppDbContext db, PlanProgress progress, PlanOverview overview, Mentoring.SharedPlans shared, UserClock clock) : PageModel
{
    public sealed record PlanView(int Id, string Title, PlanStage Stage, bool IsArchived, string? Vision, string? BackupPlan, string? BackupTrigger);

    [TempData]
    public string? StatusMessage { get; set; }

    public PlanView Plan { get; private set; } = default!;
    public int StagesDone { get; private set; }
    /// <summary>
    /// The person's assets (self-assessment, career history) and brand (the marketing strategy), and the plan's goals,
    /// strategy (target, milestones, actions) and evaluation, read in a fixed number of queries.
    /// </summary>
    public PlanOverviewView Overview { get; private set; } = default!;

    /// <summary>The comments on the plan itself, from mentors and the owner's replies.</summary>
    public Mentoring.CommentThread Comments { get; private set; } = default!;

    /// <summary>For the printed copy's heading: whose plan it is and when it was printed.</summary>
    public string? PersonName { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        // The plan with its owner's name (for the printed copy's heading) and its stage checklist's facts, in one query.
        var plan = await progress.PlanAsync(User.Id(), id);
        if (plan is null)
        {
            return NotFound();
        }
        Plan = new PlanView(plan.Id, plan.Title, plan.Stage, plan.IsArchived, plan.Vision, plan.BackupPlan, plan.BackupTrigger);
        PersonName = plan.OwnerName;
        StagesDone = StageChecklist.DoneCount(plan.Facts);
        Overview = await overview.LoadAsync(User.Id(), id, Request.Path);
        Today = await clock.TodayAsync(User.Id());
        // Read only when there are any, so a plan nobody comments on costs no query for them.
        Comments = new Mentoring.CommentThread(plan.HasPlanComments ? await shared.CommentsAsync(User.Id(), id) : [], ForOwner: true, id);
        return Page();
    }

    public Task<IActionResult> OnPostArchiveAsync(int id) =>
        ChangeAsync(id, plan => plan.Archive(Now), "Plan archived. It is kept under Archived plans, where you can restore it.", toList: true);

    public Task<IActionResult> OnPostRestoreAsync(int id) =>
        ChangeAsync(id, plan => plan.Restore(Now), "Plan restored.", toList: false);

    private DateTime Now => clock.UtcNow;

    private async Task<IActionResult> ChangeAsync(int id, Action<Domain.Plan> change, string message, bool toList)
    {
        var plan = await db.Plans.OwnedBy(User.Id()).SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }
        change(plan);
        await db.SaveChangesAsync();
        StatusMessage = message;
        return toList ? RedirectToPage("Index") : RedirectToPage("Details", new { id });
    }
}
