using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using CareerPlanner.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Plans.Research.Activities;

public class CreateModel(AppDbContext db, ActivityEditor editor, ResearchSummary research, UserCalendars calendars, UserClock clock) : PageModel
{
    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var userId = User.Id();
        if (!await research.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        Input.Date = clock.Today(await calendars.ForAsync(userId));
        ViewData["Options"] = await editor.OptionsAsync(userId, id);
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
            ViewData["Options"] = await editor.OptionsAsync(userId, id);
            return Page();
        }
        var activity = new ExplorationActivity(id);
        ActivityEditor.Apply(activity, Input);
        db.ExplorationActivities.Add(activity);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = "Activity recorded.";
        return RedirectToPage("/Plans/Wizard/Stage", new { id, stage = "research" });
    }
}
