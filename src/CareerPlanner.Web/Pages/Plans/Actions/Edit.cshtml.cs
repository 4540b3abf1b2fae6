using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Plans.Actions;

public class EditModel(AppDbContext db, ActionBoard board, UserClock clock) : PageModel, IFieldsForm<ActionInput, (IReadOnlyList<LinkChoice> Goals, IReadOnlyList<LinkChoice> Milestones)>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public (IReadOnlyList<LinkChoice> Goals, IReadOnlyList<LinkChoice> Milestones) Choices { get; private set; } = default!;

    /// <summary>The local page to go back to after saving (a hub's actions section), when the form was opened from one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int actionId)
    {
        var action = await db.ActionItems.AsNoTracking().InPlan(db.Plans, id, User.Id()).Where(a => a.Id == actionId)
            .Select(a => new ActionInput { Title = a.Title, GoalId = a.GoalId, MilestoneId = a.MilestoneId, DueDate = a.DueDate, Status = a.Status, Version = a.Version })
            .SingleOrDefaultAsync();
        if (action is null)
        {
            return NotFound();
        }
        Input = action;
        Choices = await board.ChoicesAsync(User.Id(), id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int actionId)
    {
        var userId = User.Id();
        var action = await db.ActionItems.InPlan(db.Plans, id, userId).SingleOrDefaultAsync(a => a.Id == actionId);
        if (action is null)
        {
            return NotFound();
        }
        if (await board.ValidateAsync(Input, userId, id, ModelState))
        {
            ActionBoard.Apply(action, Input, await clock.TodayAsync(userId));
            if (await db.TrySaveAsync(action, a => a.Version, Input.Version, ModelState))
            {
                StatusMessage = "Action saved.";
                return this.RedirectToLocalOr(ReturnUrl, () => RedirectToPage("Index", new { id }));
            }
        }
        Choices = await board.ChoicesAsync(userId, id);
        return Page();
    }

    /// <summary>The list's "Done" button: marks the action done today, which also stops it carrying over.</summary>
    public async Task<IActionResult> OnPostDoneAsync(int id, int actionId)
    {
        var action = await db.ActionItems.InPlan(db.Plans, id, User.Id()).SingleOrDefaultAsync(a => a.Id == actionId);
        if (action is null)
        {
            return NotFound();
        }
        action.Status = ActionStatus.Done;
        action.DoneOn = await clock.TodayAsync(User.Id());
        action.Touch();
        await db.SaveChangesAsync();
        StatusMessage = $"\"{action.Title}\" done.";
        return this.RedirectToLocalOr(ReturnUrl, () => RedirectToPage("Index", new { id }));
    }
}
