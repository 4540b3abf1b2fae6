using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Reviews;

/// <summary>Deletes a review after confirmation; the readings and goal changes it made stay (they are the plan's record).</summary>
public class DeleteModel(AppDbContext db) : PageModel
{
    public string ReviewTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int reviewId)
    {
        var review = await db.Reviews.AsNoTracking().InPlan(db.Plans, id, User.Id()).Where(r => r.Id == reviewId)
            .Select(r => new { r.Kind, r.PeriodStart }).SingleOrDefaultAsync();
        if (review is null)
        {
            return NotFound();
        }
        ReviewTitle = $"{review.Kind.Title()} of {ReviewText.PeriodTitle(review.Kind, review.PeriodStart)}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int reviewId)
    {
        var review = await db.Reviews.InPlan(db.Plans, id, User.Id()).SingleOrDefaultAsync(r => r.Id == reviewId);
        if (review is null)
        {
            return NotFound();
        }
        db.Reviews.Remove(review);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = "Review deleted.";
        return RedirectToPage("Index", new { id });
    }
}
