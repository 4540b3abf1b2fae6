namespace CareerPlanner.Web.Pages.Plans.Goals.Milestones;

public class DeleteModel(AppDbContext db) : DeletePageModel<Milestone, string>(db, m => m.Title, _ => "Milestone deleted.")
{
    protected override IQueryable<Milestone> Row(string userId)
    {
        var goalId = Route("goalId");
        return Db.Milestones.Where(m => m.Id == Route("milestoneId") && m.GoalId == goalId && Db.Goals.InPlan(Db.Plans, Route("id"), userId).Any(g => g.Id == goalId));
    }

    protected override IActionResult AfterDelete() => RedirectToPage("/Plans/Goals/Details", new { id = Route("id"), goalId = Route("goalId") });
}
