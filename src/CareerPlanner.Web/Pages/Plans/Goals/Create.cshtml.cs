using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Plans.Goals;

public class CreateModel(AppDbContext db, GoalEditor editor, Research.ResearchSummary plans, TimeProvider clock) : PageModel
{
    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? parentGoalId)
    {
        var userId = User.Id();
        if (!await plans.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        Input.ParentGoalId = parentGoalId;
        ViewData["GoalChoices"] = await editor.ChoicesAsync(userId, id, null);
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
            ViewData["GoalChoices"] = await editor.ChoicesAsync(userId, id, null);
            return Page();
        }

        var goal = new Goal(id, await editor.TodayAsync(userId), clock.GetUtcNow().UtcDateTime);
        editor.Apply(goal, Input, isNew: true);
        db.Goals.Add(goal);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = $"Goal \"{goal.Title}\" added.{GoalEditor.HorizonSuggestion(goal)}";
        return RedirectToPage("Details", new { id, goalId = goal.Id });
    }
}
