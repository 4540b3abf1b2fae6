using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Goals.Milestones;

public class DeleteModel(AppDbContext db) : PageModel
{
    public string MilestoneTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int goalId, int milestoneId)
    {
        var title = await Milestone(id, goalId, milestoneId).Select(m => m.Title).SingleOrDefaultAsync();
        if (title is null)
        {
            return NotFound();
        }
        MilestoneTitle = title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int goalId, int milestoneId)
    {
        if (await Milestone(id, goalId, milestoneId).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "Milestone deleted.";
        return RedirectToPage("/Plans/Goals/Details", new { id, goalId });
    }

    private IQueryable<Domain.Milestone> Milestone(int planId, int goalId, int milestoneId) =>
        db.Milestones.Where(m => m.Id == milestoneId && m.GoalId == goalId
            && db.Goals.InPlan(db.Plans, planId, User.Id()).Any(g => g.Id == goalId));
}
