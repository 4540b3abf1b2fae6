using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Actions;

public class DeleteModel(AppDbContext db) : PageModel
{
    public string ActionTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int actionId)
    {
        var title = await db.ActionItems.AsNoTracking().InPlan(db.Plans, id, User.Id()).Where(a => a.Id == actionId).Select(a => a.Title).SingleOrDefaultAsync();
        if (title is null)
        {
            return NotFound();
        }
        ActionTitle = title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int actionId)
    {
        if (await db.ActionItems.InPlan(db.Plans, id, User.Id()).Where(a => a.Id == actionId).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "Action deleted.";
        return RedirectToPage("Index", new { id });
    }
}
