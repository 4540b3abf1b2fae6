namespace CareerPlanner.Web.Pages.History;

public class DeleteLanguageModel(AppDbContext db) : DeletePageModel<Language, string>(db, l => l.Name, _ => "Removed from your career history.")
{
    protected override IQueryable<Language> Row(string userId) => Db.Languages.Where(r => r.Id == Route("languageId") && r.UserId == userId);

    protected override IActionResult AfterDelete() => RedirectToPage("Index", null, null, "languages");
}
