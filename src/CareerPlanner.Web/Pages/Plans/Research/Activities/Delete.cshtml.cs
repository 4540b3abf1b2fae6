namespace CareerPlanner.Web.Pages.Plans.Research.Activities;

public class DeleteModel(AppDbContext db)
    : DeletePageModel<ExplorationActivity, DeleteModel.ActivitySummary>(db, a => new ActivitySummary(a.Kind, a.Date, a.Contact), _ => "Activity deleted.")
{
    public sealed record ActivitySummary(ExplorationKind Kind, DateOnly Date, string? Contact);

    protected override IQueryable<ExplorationActivity> Row(string userId) =>
        Db.ExplorationActivities.InPlan(Db.Plans, Route("id"), userId).Where(a => a.Id == Route("activityId"));

    protected override IActionResult AfterDelete() => RedirectToPage("/Plans/Wizard/Stage", new { id = Route("id"), stage = "research" });
}
