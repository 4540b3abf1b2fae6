using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Research.Options;

/// <summary>Edits a skill a career option demands (name, level, source); the gap view follows.</summary>
public class EditSkillModel(AppDbContext db, IValidator<DemandedSkillInput> validator) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public DemandedSkillInput Input { get; set; } = new();

    public string OptionTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int optionId, int demandId)
    {
        if (await FindAsync(id, optionId, demandId) is not { } demand)
        {
            return NotFound();
        }
        Input = new DemandedSkillInput { Name = demand.Name, RequiredLevel = demand.RequiredLevel, SourceUrl = demand.SourceUrl, Version = demand.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int optionId, int demandId)
    {
        if (await FindAsync(id, optionId, demandId) is not { } demand)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        demand.Update(Input.Name!, Input.RequiredLevel!.Value, Input.SourceUrl);
        if (!await db.TrySaveAsync(demand, d => d.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = $"\"{demand.Name}\" saved.";
        return RedirectToPage("Details", new { id, optionId });
    }

    /// <summary>The demanded skill, tracked, when its option belongs to this plan of the person's.</summary>
    private async Task<DemandedSkill?> FindAsync(int planId, int optionId, int demandId)
    {
        var option = await db.CareerOptions.AsNoTracking().InPlan(db.Plans, planId, User.Id()).Where(o => o.Id == optionId)
            .Select(o => o.Title).SingleOrDefaultAsync();
        if (option is null)
        {
            return null;
        }
        OptionTitle = option;
        return await db.DemandedSkills.SingleOrDefaultAsync(d => d.Id == demandId && d.CareerOptionId == optionId);
    }
}
