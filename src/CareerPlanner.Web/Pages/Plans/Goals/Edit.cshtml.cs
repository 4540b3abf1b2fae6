using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Goals;

/// <summary>
/// Edits a goal and records what changed. If someone saved the goal since this form was opened, nothing is
/// overwritten: the page comes back with the person's values in the form and the saved ones beside them.
/// </summary>
public class EditModel(AppDbContext db, GoalEditor editor) : PageModel
{
    [BindProperty]
    public GoalInput Input { get; set; } = new();

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
        ViewData["GoalChoices"] = await editor.ChoicesAsync(User.Id(), id, goalId);
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
        ViewData["GoalChoices"] = await editor.ChoicesAsync(userId, id, goalId);
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

        var changes = editor.Apply(goal, Input, isNew: false);
        editor.RecordChanges(goal, changes, Input.ChangeReason);
        if (!await db.TrySaveAsync(goal, g => g.Version, Input.Version, ModelState))
        {
            return Page();
        }
        TempData["StatusMessage"] = $"Goal saved.{GoalEditor.HorizonSuggestion(goal)}";
        return RedirectToPage("Details", new { id, goalId });
    }

    private Task<Goal?> LoadAsync(int planId, int goalId) =>
        db.Goals.InPlan(db.Plans, planId, User.Id()).Include(g => g.ItemLinks).Include(g => g.OptionLinks)
            .SingleOrDefaultAsync(g => g.Id == goalId);
}
