using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Plans;

/// <summary>The overview's parts as <c>_OverviewParts</c> shows them: all with their edit links for the owner; for a mentor,
/// read-only and only <paramref name="Show"/>.</summary>
public sealed record OverviewParts(
    DetailsModel.PlanView Plan, SelfAssessment.SelfAssessmentView Assets, History.HistoryAssets History, Brand.BrandView? Brand, PlanOverviewView Overview,
    SharedParts Show = SharedParts.All, bool Shared = false);

/// <summary>The whole plan on one page, organised as a career management plan: assets, goals, strategy, marketing.</summary>
public class DetailsModel(
    AppDbContext db, PlanProgress progress, SelfAssessment.SelfAssessmentSummary selfAssessment, PlanOverview overview, History.CareerHistory history, Mentoring.SharedPlans shared, UserClock clock) : PageModel
{
    public sealed record PlanView(int Id, string Title, PlanStage Stage, bool IsArchived, string? Vision, string? BackupPlan, string? BackupTrigger);

    [TempData]
    public string? StatusMessage { get; set; }

    public PlanView Plan { get; private set; } = default!;
    public int StagesDone { get; private set; }
    public SelfAssessment.SelfAssessmentView Assets { get; private set; } = default!;

    /// <summary>The person's work experience, education, certifications and languages: assets of every plan.</summary>
    public History.HistoryAssets History { get; private set; } = default!;

    /// <summary>The person's personal brand, shown as every plan's marketing strategy (null until they write one).</summary>
    public Brand.BrandView? Brand { get; private set; }

    /// <summary>Goals, strategy (target, milestones, actions) and evaluation, each read in a fixed number of queries.</summary>
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
        Assets = await selfAssessment.LoadAsync(User.Id(), Request.Path);
        History = await history.AssetsAsync(User.Id());
        Brand = await Pages.Brand.BrandView.ForAsync(db, User.Id());
        Overview = await overview.LoadAsync(User.Id(), id);
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
