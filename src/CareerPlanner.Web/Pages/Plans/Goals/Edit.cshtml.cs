namespace CareerPlanner.Web.Pages.Plans.Goals;

/// <summary>
/// Edits a goal and records what changed. If someone saved the goal since this form was opened, nothing is
/// overwritten: the page comes back with the person's values in the form and the saved ones beside them.
/// </summary>
public class EditModel(AppDbContext db, GoalEditor editor) : PageModel, IFieldsForm<GoalInput, GoalChoices>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public GoalChoices Choices { get; private set; } = default!;

    /// <summary>The values saved meanwhile by someone else, when this save met a conflict.</summary>
    public GoalInput? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int goalId)
    {
        var goal = await LoadAsync(id, goalId);
        if (goal is null)
        {
            return NotFound();
        }
        Input = GoalEditor.ToInput(goal);
        Choices = await editor.ChoicesAsync(User.Id(), id, goalId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int goalId)
    {
        var userId = User.Id();
        var goal = await LoadAsync(id, goalId);
        if (goal is null)
        {
            return NotFound();
        }
        Choices = await editor.ChoicesAsync(userId, id, goalId);
        if (goal.Version != Input.Version)
        {
            Saved = GoalEditor.ToInput(goal);
            Input.Version = goal.Version; // saving again now means "keep mine"
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, Concurrency.ConflictMessage);
            return Page();
        }
        if (!await editor.ValidateAsync(Input, userId, id, goal, ModelState))
        {
            return Page();
        }

        var changes = await editor.ApplyAsync(goal, Input, isNew: false);
        editor.RecordChanges(goal, changes, Input.ChangeReason);
        if (!await db.TrySaveAsync(goal, g => g.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = $"Goal saved.{GoalEditor.HorizonSuggestion(goal)}";
        return RedirectToPage("Details", new { id, goalId });
    }

    private Task<Goal?> LoadAsync(int planId, int goalId) =>
        db.Goals.InPlan(db.Plans, planId, User.Id()).Include(g => g.ItemLinks).Include(g => g.OptionLinks)
            .SingleOrDefaultAsync(g => g.Id == goalId);
}
