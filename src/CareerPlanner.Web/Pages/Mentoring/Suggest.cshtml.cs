using FluentValidation;

namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>A mentor suggests a goal or an action; the owner finds it on their dashboard and accepts or declines it.</summary>
public class SuggestModel(SharedPlans shared, IValidator<SuggestionInput> validator, MentorMail mail, AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public SuggestionInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public SharedAccess Access { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, SuggestionKind? kind)
    {
        if (!await OpenAsync(id))
        {
            return await shared.IsOwnerAsync(User.Id(), id) ? RedirectToPage("/Plans/Details", new { id }) : NotFound();
        }
        Input.Kind = kind;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await OpenAsync(id))
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.PlanSuggestions.Add(new PlanSuggestion(id, User.Id(), Input.Kind!.Value, Input.Title!, Input.Reason, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
        await mail.TrySendAsync(id);
        StatusMessage = $"Suggestion sent. {Access.OwnerName} finds it on their dashboard and can take it into the plan or decline it.";
        return RedirectToPage("Plan", new { id });
    }

    private async Task<bool> OpenAsync(int id)
    {
        Access = (await shared.ForMentorAsync(User.Id(), id))!;
        return Access is not null;
    }
}
