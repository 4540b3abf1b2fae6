using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Plans.Actions;

/// <summary>Adds an action; a goal, a milestone or a skill gap can open it pre-filled ("add to my plan").</summary>
public class CreateModel(AppDbContext db, ActionBoard board, Research.ResearchSummary plans, Suggestions.SuggestionInbox suggestions, UserClock clock) : PageModel, IFieldsForm<ActionInput, (IReadOnlyList<LinkChoice> Goals, IReadOnlyList<LinkChoice> Milestones)>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public (IReadOnlyList<LinkChoice> Goals, IReadOnlyList<LinkChoice> Milestones) Choices { get; private set; } = default!;

    /// <summary>The local page to go back to after saving (a hub's actions section), when the form was opened from one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The mentor's suggestion this action is made from (saving the action accepts it).</summary>
    [BindProperty(SupportsGet = true)]
    public int? SuggestionId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? goalId, int? milestoneId, string? title)
    {
        var userId = User.Id();
        if (!await plans.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        Input = new ActionInput { GoalId = goalId, MilestoneId = milestoneId, Title = title, DueDate = (await clock.TodayAsync(userId)).AddDays(7) };
        if (await suggestions.FindAsync(userId, id, SuggestionId, SuggestionKind.Action) is { } suggestion)
        {
            Input.Title = suggestion.Title;
        }
        else
        {
            SuggestionId = null;
        }
        Choices = await board.ChoicesAsync(userId, id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var userId = User.Id();
        if (!await plans.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        if (!await board.ValidateAsync(Input, userId, id, ModelState))
        {
            Choices = await board.ChoicesAsync(userId, id);
            return Page();
        }
        var action = new ActionItem(id);
        ActionBoard.Apply(action, Input, await clock.TodayAsync(userId));
        db.ActionItems.Add(action);
        await suggestions.AcceptAsync(userId, id, SuggestionId);
        await db.SaveChangesAsync();
        StatusMessage = $"Action \"{action.Title}\" added.";
        return this.RedirectToLocalOr(ReturnUrl, () => RedirectToPage("Index", new { id }));
    }
}
