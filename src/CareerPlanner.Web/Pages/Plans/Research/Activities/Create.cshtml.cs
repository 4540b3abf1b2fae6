using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Plans.Research.Activities;

public class CreateModel(AppDbContext db, ActivityEditor editor, ResearchSummary research, UserClock clock) : PageModel, IFieldsForm<ActivityInput, IReadOnlyList<OptionRow>>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    public IReadOnlyList<OptionRow> Choices { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var userId = User.Id();
        if (!await research.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        Input.Date = await clock.TodayAsync(userId);
        Choices = await editor.OptionsAsync(userId, id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var userId = User.Id();
        if (!await research.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        if (!await editor.ValidateAsync(Input, userId, id, ModelState))
        {
            Choices = await editor.OptionsAsync(userId, id);
            return Page();
        }
        var activity = new ExplorationActivity(id);
        ActivityEditor.Apply(activity, Input);
        db.ExplorationActivities.Add(activity);
        await db.SaveChangesAsync();
        StatusMessage = "Activity recorded.";
        return RedirectToPage("/Plans/Wizard/Stage", null, new { id, stage = "research" }, "activities-title");
    }
}
