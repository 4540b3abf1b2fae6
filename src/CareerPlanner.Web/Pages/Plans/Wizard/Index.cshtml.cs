namespace CareerPlanner.Web.Pages.Plans.Wizard;

/// <summary>Resumes the wizard at the stage the person last worked in.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var stage = await db.Plans.AsNoTracking().OwnedBy(User.Id()).Where(p => p.Id == id)
            .Select(p => (PlanStage?)p.CurrentStage).SingleOrDefaultAsync();
        return stage is null ? NotFound() : RedirectToPage("Stage", new { id, stage = stage.Value.Slug() });
    }
}
