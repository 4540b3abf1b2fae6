using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Plans.Goals;

public class CreateModel(AppDbContext db, GoalEditor editor, Research.ResearchSummary plans, Suggestions.SuggestionInbox suggestions, UserClock clock) : PageModel, IFieldsForm<GoalInput, GoalChoices>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public GoalChoices Choices { get; private set; } = default!;

    /// <summary>The mentor's suggestion this goal is made from (saving the goal accepts it).</summary>
    [BindProperty(SupportsGet = true)]
    public int? SuggestionId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? parentGoalId)
    {
        var userId = User.Id();
        if (!await plans.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        Input.ParentGoalId = parentGoalId;
        if (await suggestions.FindAsync(userId, id, SuggestionId, SuggestionKind.Goal) is { } suggestion)
        {
            (Input.Title, Input.Description) = (suggestion.Title, suggestion.Reason);
        }
        else
        {
            SuggestionId = null;
        }
        Choices = await editor.ChoicesAsync(userId, id, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var userId = User.Id();
        if (!await plans.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        if (!await editor.ValidateAsync(Input, userId, id, null, ModelState))
        {
            Choices = await editor.ChoicesAsync(userId, id, null);
            return Page();
        }

        // A new goal starts not started, whatever the form sent.
        (Input.Status, Input.AchievedOn, Input.DropReason) = (GoalStatus.NotStarted, null, null);
        var goal = new Goal(id, await clock.TodayAsync(userId), clock.UtcNow);
        await editor.ApplyAsync(goal, Input, isNew: true);
        db.Goals.Add(goal);
        await suggestions.AcceptAsync(userId, id, SuggestionId);
        await db.SaveChangesAsync();
        StatusMessage = $"Goal \"{goal.Title}\" added.{GoalEditor.HorizonSuggestion(goal)}";
        return RedirectToPage("Details", new { id, goalId = goal.Id });
    }
}
