namespace CareerPlanner.Web.Pages.Plans;

public class DeleteModel(AppDbContext db)
    : DeletePageModel<Plan, DeleteModel.PlanSummary>(db, p => new PlanSummary(p.Title, p.VisionStatement != null, p.BackupPlan != null), _ => "Plan deleted.")
{
    public sealed record PlanSummary(string Title, bool HasVision, bool HasBackupPlan);

    protected override IQueryable<Plan> Row(string userId) => Db.Plans.OwnedBy(userId).Where(p => p.Id == Route("id"));

    protected override IActionResult AfterDelete() => RedirectToPage("Index");
}
