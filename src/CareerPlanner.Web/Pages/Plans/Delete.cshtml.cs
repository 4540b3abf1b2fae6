using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans;

/// <summary>Confirmation first: the page names what will be lost; the POST deletes the plan and everything in it.</summary>
public class DeleteModel(AppDbContext db) : PageModel
{
    public sealed record PlanSummary(int Id, string Title, bool HasVision, bool HasBackupPlan);

    public PlanSummary Plan { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.AsNoTracking().OwnedBy(User.Id()).Where(p => p.Id == id)
            .Select(p => new PlanSummary(p.Id, p.Title, p.VisionStatement != null, p.BackupPlan != null))
            .SingleOrDefaultAsync();
        if (plan is null)
        {
            return NotFound();
        }
        Plan = plan;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var deleted = await db.Plans.OwnedBy(User.Id()).Where(p => p.Id == id).ExecuteDeleteAsync();
        if (deleted == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "Plan deleted.";
        return RedirectToPage("Index");
    }
}
