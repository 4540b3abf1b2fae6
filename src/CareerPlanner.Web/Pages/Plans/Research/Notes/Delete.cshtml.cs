namespace CareerPlanner.Web.Pages.Plans.Research.Notes;

public class DeleteModel(AppDbContext db) : DeletePageModel<ResearchNote, string>(db, n => n.Text, _ => "Note deleted.")
{
    protected override IQueryable<ResearchNote> Row(string userId) => Db.ResearchNotes.InPlan(Db.Plans, Route("id"), userId).Where(n => n.Id == Route("noteId"));

    protected override IActionResult AfterDelete() => RedirectToPage("/Plans/Wizard/Stage", new { id = Route("id"), stage = "research" });
}
