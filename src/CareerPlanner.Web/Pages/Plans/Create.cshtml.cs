using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans;

public class CreateModel(AppDbContext db, IValidator<PlanTitleInput> validator, TimeProvider time) : PageModel
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

        var plan = new Plan(User.Id(), Input.Title, time.GetUtcNow().UtcDateTime);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return RedirectToPage("Wizard/Stage", new { id = plan.Id, stage = plan.CurrentStage.Slug() });
    }
}
