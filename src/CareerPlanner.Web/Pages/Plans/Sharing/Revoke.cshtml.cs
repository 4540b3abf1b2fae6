namespace CareerPlanner.Web.Pages.Plans.Sharing;

/// <summary>Stops sharing the plan with one person (or withdraws the invitation): their next request is a 404.</summary>
public class RevokeModel(AppDbContext db) : DeletePageModel<PlanShare, string>(db, s => s.InviteeEmail, email => $"The plan is no longer shared with {email}.")
{
    protected override IQueryable<PlanShare> Row(string userId) => Db.PlanShares.InPlan(Db.Plans, Route("id"), userId).Where(s => s.Id == Route("shareId"));

    protected override IActionResult AfterDelete() => RedirectToPage("Index", new { id = Route("id") });
}
