using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Research.Activities;

public class DeleteModel(AppDbContext db) : PageModel
{
    public sealed record ActivitySummary(ExplorationKind Kind, DateOnly Date, string? Contact);

    public ActivitySummary Activity { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, int activityId)
    {
        var activity = await db.ExplorationActivities.AsNoTracking().InPlan(db.Plans, id, User.Id()).Where(a => a.Id == activityId)
            .Select(a => new ActivitySummary(a.Kind, a.Date, a.Contact)).SingleOrDefaultAsync();
        if (activity is null)
        {
            return NotFound();
        }
        Activity = activity;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int activityId)
    {
        if (await db.ExplorationActivities.InPlan(db.Plans, id, User.Id()).Where(a => a.Id == activityId).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "Activity deleted.";
        return RedirectToPage("/Plans/Wizard/Stage", new { id, stage = "research" });
    }
}
