using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Plans;

public class CreateModel(AppDbContext db, IValidator<PlanTitleInput> validator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PlanTitleInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var plan = new Plan(User.Id(), Input.Title, clock.GetUtcNow().UtcDateTime);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return RedirectToPage("Wizard/Stage", new { id = plan.Id, stage = plan.CurrentStage.Slug() });
    }
}
