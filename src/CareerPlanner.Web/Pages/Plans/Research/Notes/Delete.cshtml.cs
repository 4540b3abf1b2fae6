using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Research.Notes;

public class DeleteModel(AppDbContext db) : PageModel
{
    public string Text { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int noteId)
    {
        var text = await db.ResearchNotes.AsNoTracking().InPlan(db.Plans, id, User.Id()).Where(n => n.Id == noteId).Select(n => n.Text).SingleOrDefaultAsync();
        if (text is null)
        {
            return NotFound();
        }
        Text = text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int noteId)
    {
        if (await db.ResearchNotes.InPlan(db.Plans, id, User.Id()).Where(n => n.Id == noteId).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "Note deleted.";
        return RedirectToPage("/Plans/Wizard/Stage", new { id, stage = "research" });
    }
}
