namespace CareerPlanner.Web.Pages.Learning;

public class DeleteModel(AppDbContext db) : DeletePageModel<LearningItem, string>(db, i => i.Title, _ => "Removed from your learning log.")
{
    protected override IQueryable<LearningItem> Row(string userId) => Db.LearningItems.Where(i => i.Id == Route("learningId") && i.UserId == userId);

    protected override IActionResult AfterDelete() => RedirectToPage("Index");
}
