namespace CareerPlanner.Web.Pages.Plans.Research.Options;

/// <summary>
/// The skill gap between an option and the person's skills inventory; without an option id, the plan's chosen target.
/// </summary>
public sealed class CoverInput
{
    public string? DemandedName { get; set; }
    public int? SkillId { get; set; }
}

public class GapModel(AppDbContext db, ResearchSummary research, SkillInventory inventory) : PageModel
{
    public sealed record OptionHeading(int Id, string Title, CareerOptionStatus Status);

    public int PlanId { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }
    public OptionHeading? Option { get; private set; }
    public IReadOnlyList<SkillGapRow> Rows { get; private set; } = [];
    public IReadOnlyList<InventorySkill> Skills { get; private set; } = [];

    [BindProperty]
    public CoverInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? optionId)
    {
        var userId = User.Id();
        if (!await research.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        PlanId = id;
        var options = db.CareerOptions.AsNoTracking().InPlan(db.Plans, id, userId);
        Option = await (optionId is null ? options.Where(o => o.Status == CareerOptionStatus.ChosenTarget) : options.Where(o => o.Id == optionId))
            .Select(o => new OptionHeading(o.Id, o.Title, o.Status)).FirstOrDefaultAsync();
        if (Option is null)
        {
            // No such option is a 404; no chosen target yet is a page that says how to choose one.
            return optionId is null ? Page() : NotFound();
        }

        var demanded = await db.DemandedSkills.AsNoTracking().Where(d => d.CareerOptionId == Option.Id)
            .Select(d => new { d.Name, d.RequiredLevel }).ToListAsync();
        var mine = await inventory.LoadAsync(userId);
        Skills = mine.Skills;
        Rows = mine.Gap(demanded.Select(d => (d.Name, d.RequiredLevel)));
        return Page();
    }

    /// <summary>"My skill covers this demanded skill": remembered for every option that demands it.</summary>
    public async Task<IActionResult> OnPostCoverAsync(int id, int? optionId)
    {
        if (!await research.PlanIsOwnedAsync(User.Id(), id))
        {
            return NotFound();
        }
        if (Input.SkillId is not { } skillId || !await inventory.CoverAsync(User.Id(), skillId, Input.DemandedName ?? ""))
        {
            StatusMessage = "Choose one of your skills to say it covers that demanded skill.";
            return RedirectToPage(new { id, optionId });
        }
        StatusMessage = $"Noted: your skill covers “{Input.DemandedName!.Trim()}”, in every option that demands it.";
        return RedirectToPage(new { id, optionId });
    }

    public async Task<IActionResult> OnPostUncoverAsync(int id, int? optionId)
    {
        if (!await research.PlanIsOwnedAsync(User.Id(), id))
        {
            return NotFound();
        }
        await inventory.UncoverAsync(User.Id(), Input.DemandedName ?? "");
        StatusMessage = $"“{Input.DemandedName?.Trim()}” is no longer covered by another skill of yours.";
        return RedirectToPage(new { id, optionId });
    }
}
