using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Research.Options;

public class DeleteModel(AppDbContext db) : PageModel
{
    public sealed record OptionSummary(string Title, int Demands);

    public OptionSummary Option { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, int optionId)
    {
        var option = await db.CareerOptions.AsNoTracking().InPlan(db.Plans, id, User.Id()).Where(o => o.Id == optionId)
            .Select(o => new OptionSummary(o.Title, db.DemandedSkills.Count(d => d.CareerOptionId == o.Id))).SingleOrDefaultAsync();
        if (option is null)
        {
            return NotFound();
        }
        Option = option;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int optionId)
    {
        if (await db.CareerOptions.InPlan(db.Plans, id, User.Id()).Where(o => o.Id == optionId).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "Career option deleted.";
        return RedirectToPage("/Plans/Wizard/Stage", new { id, stage = "research" });
    }
}
