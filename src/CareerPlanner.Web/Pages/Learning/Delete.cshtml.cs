using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Learning;

public class DeleteModel(AppDbContext db) : PageModel
{
    public string ItemTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int learningId)
    {
        var title = await db.LearningItems.AsNoTracking().Where(i => i.Id == learningId && i.UserId == User.Id()).Select(i => i.Title).SingleOrDefaultAsync();
        if (title is null)
        {
            return NotFound();
        }
        ItemTitle = title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int learningId)
    {
        if (await db.LearningItems.Where(i => i.Id == learningId && i.UserId == User.Id()).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "Removed from your learning log.";
        return RedirectToPage("Index");
    }
}
