using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans;

public class RenameModel(AppDbContext db, IValidator<PlanTitleInput> validator, TimeProvider time) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public PlanTitleInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.AsNoTracking().OwnedBy(User.Id()).Where(p => p.Id == id)
            .Select(p => new PlanTitleInput { Title = p.Title, Version = p.Version })
            .SingleOrDefaultAsync();
        if (plan is null)
        {
            return NotFound();
        }
        Input = plan;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var plan = await db.Plans.OwnedBy(User.Id()).SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        plan.Rename(Input.Title, time.GetUtcNow().UtcDateTime);
        if (!await db.TrySaveAsync(plan, p => p.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = "Plan renamed.";
        return RedirectToPage("Details", new { id });
    }
}
