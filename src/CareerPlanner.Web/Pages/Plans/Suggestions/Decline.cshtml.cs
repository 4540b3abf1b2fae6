using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Suggestions;

/// <summary>The owner declines a mentor's suggestion, with an optional note; it leaves the dashboard.</summary>
public class DeclineModel(AppDbContext db, IValidator<DeclineInput> validator, TimeProvider time) : PageModel
{
    [BindProperty]
    public DeclineInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public PlanSuggestion Suggestion { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, int suggestionId) => await FindAsync(id, suggestionId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int suggestionId)
    {
        if (!await FindAsync(id, suggestionId))
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Suggestion.Decline(Input.Note, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        StatusMessage = $"Suggestion “{Suggestion.Title}” declined.";
        return RedirectToPage("/Dashboard/Index");
    }

    private async Task<bool> FindAsync(int id, int suggestionId)
    {
        Suggestion = (await db.PlanSuggestions.InPlan(db.Plans, id, User.Id()).SingleOrDefaultAsync(s => s.Id == suggestionId && s.State == SuggestionState.Open))!;
        return Suggestion is not null;
    }
}
