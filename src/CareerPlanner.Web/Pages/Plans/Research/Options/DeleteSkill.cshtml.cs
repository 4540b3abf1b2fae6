using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Research.Options;

public class DeleteSkillModel(AppDbContext db) : PageModel
{
    public string SkillName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int optionId, int demandId)
    {
        var name = await Demand(id, optionId, demandId).Select(d => d.Name).SingleOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }
        SkillName = name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int optionId, int demandId)
    {
        if (await Demand(id, optionId, demandId).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "Skill removed.";
        return RedirectToPage("Details", new { id, optionId });
    }

    private IQueryable<Domain.DemandedSkill> Demand(int planId, int optionId, int demandId) =>
        db.DemandedSkills.Where(d => d.Id == demandId && d.CareerOptionId == optionId
            && db.CareerOptions.InPlan(db.Plans, planId, User.Id()).Any(o => o.Id == optionId));
}
