namespace CareerPlanner.Web.Pages.History;

public class DeleteEducationModel(AppDbContext db) : DeletePageModel<Education, string>(db, e => e.Institution, _ => "Removed from your career history.")
{
    protected override IQueryable<Education> Row(string userId) => Db.Education.Where(r => r.Id == Route("educationId") && r.UserId == userId);

    protected override IActionResult AfterDelete() => RedirectToPage("Index", null, null, "education");
}
