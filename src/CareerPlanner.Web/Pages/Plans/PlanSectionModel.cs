using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans;

public interface IVersionedInput
{
    /// <summary>The version of the plan when the form was shown.</summary>
    Guid Version { get; }
}

/// <summary>
/// A section of a plan edited on its own page (the wizard hub's card posts here): on success it returns to the
/// stage's hub; on an error the section's own page shows the messages with everything typed kept.
/// </summary>
public abstract class PlanSectionModel<TInput>(AppDbContext db, IValidator<TInput> validator, TimeProvider time) : PageModel
    where TInput : class, IVersionedInput, new()
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public TInput Input { get; set; } = new();

    public string PlanTitle { get; private set; } = "";

    protected abstract PlanStage Stage { get; }

    /// <summary>The id of this section's heading on the stage hub, where saving returns to (with focus on it).</summary>
    protected abstract string Section { get; }

    protected abstract string SavedMessage { get; }

    protected abstract TInput ToInput(Plan plan);

    protected abstract void Apply(Plan plan, TInput input, DateTime nowUtc);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.AsNoTracking().OwnedBy(User.Id()).SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }
        PlanTitle = plan.Title;
        Input = ToInput(plan);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var plan = await db.Plans.OwnedBy(User.Id()).SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }
        PlanTitle = plan.Title;
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        Apply(plan, Input, now);
        plan.WorkIn(Stage, now);
        if (!await db.TrySaveAsync(plan, p => p.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = SavedMessage;
        return RedirectToPage("/Plans/Wizard/Stage", null, new { id, stage = Stage.Slug() }, Section);
    }
}
