using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Plans.Research.Options;

public class CreateModel(AppDbContext db, OptionEditor editor, ResearchSummary research, TimeProvider clock) : PageModel
{
    [BindProperty]
    public OptionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await research.PlanIsOwnedAsync(User.Id(), id))
        {
            return NotFound();
        }
        ViewData["FitChoices"] = await editor.FitChoicesAsync(User.Id());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var userId = User.Id();
        if (!await research.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        if (!await editor.ValidateAsync(Input, ModelState))
        {
            ViewData["FitChoices"] = await editor.FitChoicesAsync(userId);
            return Page();
        }

        var option = new CareerOption(id, clock.GetUtcNow().UtcDateTime);
        var message = await editor.ApplyAsync(option, Input, userId);
        db.CareerOptions.Add(option);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = message + " Now add the skills it demands.";
        return RedirectToPage("Details", new { id, optionId = option.Id });
    }
}
