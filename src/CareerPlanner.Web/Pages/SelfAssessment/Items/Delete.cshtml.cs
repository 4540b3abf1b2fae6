using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.SelfAssessment.Items;

public class DeleteModel(AppDbContext db) : PageModel
{
    public sealed record ItemView(SelfAssessmentKind Kind, string Text);

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public ItemView Item { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int itemId)
    {
        var item = await db.SelfAssessmentItems.AsNoTracking().Where(i => i.Id == itemId && i.UserId == User.Id())
            .Select(i => new ItemView(i.Kind, i.Text)).SingleOrDefaultAsync();
        if (item is null)
        {
            return NotFound();
        }
        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int itemId)
    {
        if (await db.SelfAssessmentItems.Where(i => i.Id == itemId && i.UserId == User.Id()).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "Deleted.";
        return LocalRedirect(Url.LocalOr(ReturnUrl, "/SelfAssessment/Index"));
    }
}
