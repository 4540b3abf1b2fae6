namespace CareerPlanner.Web.Pages.Plans.Research.Options;

/// <summary>
/// The skill gap between an option and the person's skills inventory; without an option id, the plan's chosen target.
/// </summary>
public class GapModel(AppDbContext db, ResearchSummary research) : PageModel
{
    public sealed record OptionHeading(int Id, string Title, CareerOptionStatus Status);

    public int PlanId { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }
    public OptionHeading? Option { get; private set; }
    public IReadOnlyList<SkillGapRow> Rows { get; private set; } = [];

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
        var inventory = await db.Skills.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new { s.Name, s.Rating }).ToListAsync();
        Rows = SkillGap.Calculate(demanded.Select(d => (d.Name, d.RequiredLevel)), inventory.Select(s => (s.Name, s.Rating)));
        return Page();
    }
}
