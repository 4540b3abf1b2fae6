using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Research.Notes;

/// <summary>Adds a research note (the hub's form posts here; errors show here with the text kept).</summary>
public class CreateModel(AppDbContext db, IValidator<NoteInput> validator, ResearchSummary research, TimeProvider time) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public NoteInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) =>
        await research.PlanIsOwnedAsync(User.Id(), id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await research.PlanIsOwnedAsync(User.Id(), id))
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ResearchNotes.Add(new ResearchNote(id, Input.Text!, Input.SourceUrl, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
        StatusMessage = "Note added.";
        return RedirectToPage("/Plans/Wizard/Stage", null, new { id, stage = "research" }, "notes-title");
    }
}
