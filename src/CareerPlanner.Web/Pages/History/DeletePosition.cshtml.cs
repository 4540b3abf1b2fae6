namespace CareerPlanner.Web.Pages.History;

public class DeletePositionModel(AppDbContext db) : DeletePageModel<Position, string>(db, p => p.Title + " at " + p.Employer, _ => "Removed from your career history.")
{
    protected override IQueryable<Position> Row(string userId) => Db.Positions.Where(r => r.Id == Route("positionId") && r.UserId == userId);

    protected override IActionResult AfterDelete() => RedirectToPage("Index", null, null, "positions");
}
