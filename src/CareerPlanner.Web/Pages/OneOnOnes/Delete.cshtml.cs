using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.OneOnOnes;

public class DeleteModel(AppDbContext db) : PageModel
{
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int meetingId)
    {
        var meeting = await db.OneOnOnes.AsNoTracking().Where(m => m.Id == meetingId && m.UserId == User.Id()).Select(m => new { m.Date, m.WithWhom }).SingleOrDefaultAsync();
        if (meeting is null)
        {
            return NotFound();
        }
        Title = $"the 1:1 with {meeting.WithWhom} on {meeting.Date:d MMM yyyy}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int meetingId)
    {
        if (await db.OneOnOnes.Where(m => m.Id == meetingId && m.UserId == User.Id()).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "1:1 deleted.";
        return RedirectToPage("Index");
    }
}
