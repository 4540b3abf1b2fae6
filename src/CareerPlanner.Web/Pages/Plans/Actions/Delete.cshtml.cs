namespace CareerPlanner.Web.Pages.Plans.Actions;

public class DeleteModel(AppDbContext db) : DeletePageModel<ActionItem, string>(db, a => a.Title, _ => "Action deleted.")
{
    protected override IQueryable<ActionItem> Row(string userId) => Db.ActionItems.InPlan(Db.Plans, Route("id"), userId).Where(a => a.Id == Route("actionId"));

    protected override IActionResult AfterDelete() => RedirectToPage("Index", new { id = Route("id") });
}
