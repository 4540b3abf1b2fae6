using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Research.Notes;

/// <summary>Edits a research note with the rules it was added with; a change saved elsewhere meanwhile is not overwritten.</summary>
public class EditModel(AppDbContext db, IValidator<NoteInput> validator, ResearchSummary research) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public NoteInput Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Title)> Options { get; private set; } = [];

    public NoteOptionField OptionField => new(Options, Input.CareerOptionId, "Input_CareerOptionId");

    public async Task<IActionResult> OnGetAsync(int id, int noteId)
    {
        var note = await db.ResearchNotes.AsNoTracking().InPlan(db.Plans, id, User.Id()).Where(n => n.Id == noteId)
            .Select(n => new NoteInput { Text = n.Text, SourceUrl = n.SourceUrl, CareerOptionId = n.CareerOptionId, Version = n.Version }).SingleOrDefaultAsync();
        if (note is null)
        {
            return NotFound();
        }
        Input = note;
        Options = await research.OptionChoicesAsync(User.Id(), id);
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
        await research.CheckOptionAsync(User.Id(), id, Input.CareerOptionId, ModelState, nameof(NoteInput.CareerOptionId));
        Options = await research.OptionChoicesAsync(User.Id(), id);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        note.Update(Input.Text!, Input.SourceUrl, Input.CareerOptionId);
        if (!await db.TrySaveAsync(note, n => n.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = "Note saved.";
        return RedirectToPage("/Plans/Wizard/Stage", null, new { id, stage = "research" }, "notes-title");
    }
}
