namespace CareerPlanner.Web.Pages.Plans.Comments;

/// <summary>The owner deletes any comment on their plan.</summary>
public class DeleteModel(AppDbContext db) : DeletePageModel<PlanComment, string>(db, c => c.Text, _ => "Comment deleted.")
{
    protected override IQueryable<PlanComment> Row(string userId) => Db.PlanComments.InPlan(Db.Plans, Route("id"), userId).Where(c => c.Id == Route("commentId"));

    protected override IActionResult AfterDelete() => RedirectToPage("Index", new { id = Route("id") });
}
