using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Achievements;

public class DeleteModel(AppDbContext db) : PageModel
{
    public string What { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int achievementId)
    {
        var what = await db.Achievements.AsNoTracking().Where(a => a.Id == achievementId && a.UserId == User.Id()).Select(a => a.What).SingleOrDefaultAsync();
        if (what is null)
        {
            return NotFound();
        }
        What = what;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int achievementId)
    {
        if (await db.Achievements.Where(a => a.Id == achievementId && a.UserId == User.Id()).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "Achievement deleted.";
        return RedirectToPage("Index");
    }
}
