using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.SelfAssessment.Skills;

public class DeleteModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string SkillName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int skillId)
    {
        var name = await db.Skills.AsNoTracking().Where(s => s.Id == skillId && s.UserId == User.Id()).Select(s => s.Name).SingleOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }
        SkillName = name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int skillId)
    {
        if (await db.Skills.Where(s => s.Id == skillId && s.UserId == User.Id()).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = "Skill deleted.";
        return LocalRedirect(Url.LocalOr(ReturnUrl, "/SelfAssessment/Index"));
    }
}
