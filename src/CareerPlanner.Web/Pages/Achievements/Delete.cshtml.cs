namespace CareerPlanner.Web.Pages.Achievements;

public class DeleteModel(AppDbContext db) : DeletePageModel<Achievement, string>(db, a => a.What, _ => "Achievement deleted.")
{
    protected override IQueryable<Achievement> Row(string userId) => Db.Achievements.Where(a => a.Id == Route("achievementId") && a.UserId == userId);

    protected override IActionResult AfterDelete() => RedirectToPage("Index");
}
