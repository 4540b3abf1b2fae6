using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Plans.Actions;

/// <summary>Adds an action; a goal, a milestone or a skill gap can open it pre-filled ("add to my plan").</summary>
public class CreateModel(AppDbContext db, ActionBoard board, Research.ResearchSummary plans) : PageModel
{
    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? goalId, int? milestoneId, string? title)
    {
        var userId = User.Id();
        if (!await plans.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        Input = new ActionInput { GoalId = goalId, MilestoneId = milestoneId, Title = title, DueDate = (await board.TodayAsync(userId)).AddDays(7) };
        ViewData["ActionChoices"] = await board.ChoicesAsync(userId, id);
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
            ViewData["ActionChoices"] = await board.ChoicesAsync(userId, id);
            return Page();
        }
        var action = new ActionItem(id);
        ActionBoard.Apply(action, Input, await board.TodayAsync(userId));
        db.ActionItems.Add(action);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = $"Action \"{action.Title}\" added.";
        return RedirectToPage("Index", new { id });
    }
}
