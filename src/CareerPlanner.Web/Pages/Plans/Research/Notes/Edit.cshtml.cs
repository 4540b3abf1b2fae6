using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Research.Notes;

/// <summary>Edits a research note with the rules it was added with; a change saved elsewhere meanwhile is not overwritten.</summary>
public class EditModel(AppDbContext db, IValidator<NoteInput> validator) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public NoteInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int noteId)
    {
        var note = await db.ResearchNotes.AsNoTracking().InPlan(db.Plans, id, User.Id()).Where(n => n.Id == noteId)
            .Select(n => new NoteInput { Text = n.Text, SourceUrl = n.SourceUrl, Version = n.Version }).SingleOrDefaultAsync();
        if (note is null)
        {
            return NotFound();
        }
        Input = note;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int noteId)
    {
        var note = await db.ResearchNotes.InPlan(db.Plans, id, User.Id()).SingleOrDefaultAsync(n => n.Id == noteId);
        if (note is null)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        note.Update(Input.Text!, Input.SourceUrl);
        if (!await db.TrySaveAsync(note, n => n.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = "Note saved.";
        return RedirectToPage("/Plans/Wizard/Stage", null, new { id, stage = "research" }, "notes-title");
    }
}
