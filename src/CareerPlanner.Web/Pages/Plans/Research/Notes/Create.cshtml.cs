using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Research.Notes;

/// <summary>Adds a research note (the hub's form posts here; errors show here with the text kept).</summary>
public class CreateModel(AppDbContext db, IValidator<NoteInput> validator, ResearchSummary research, TimeProvider time) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public NoteInput Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Title)> Options { get; private set; } = [];

    public NoteOptionField OptionField => new(Options, Input.CareerOptionId, "Input_CareerOptionId");

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await research.PlanIsOwnedAsync(User.Id(), id))
        {
            return NotFound();
        }
        Options = await research.OptionChoicesAsync(User.Id(), id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await research.PlanIsOwnedAsync(User.Id(), id))
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        await research.CheckOptionAsync(User.Id(), id, Input.CareerOptionId, ModelState, nameof(NoteInput.CareerOptionId));
        if (!ModelState.IsValid)
        {
            Options = await research.OptionChoicesAsync(User.Id(), id);
            return Page();
        }
        db.ResearchNotes.Add(new ResearchNote(id, Input.Text!, Input.SourceUrl, time.GetUtcNow().UtcDateTime, Input.CareerOptionId));
        await db.SaveChangesAsync();
        StatusMessage = "Note added.";
        return RedirectToPage("/Plans/Wizard/Stage", null, new { id, stage = "research" }, "notes-title");
    }
}
