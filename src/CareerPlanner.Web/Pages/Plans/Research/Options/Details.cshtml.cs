using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Research.Options;

/// <summary>One career option: what it is, why it fits, and the skills it demands (added here).</summary>
public class DetailsModel(AppDbContext db, IValidator<DemandedSkillInput> validator, Occupations.OccupationCatalogue catalogue) : PageModel
{
    public sealed record OptionView(int Id, int PlanId, string PlanTitle, string Title, CareerOptionStatus Status, int FitRating,
        string? WhyItFits, string? Pros, string? Cons, string? RejectionReason, IReadOnlyList<string> DrawsOn);

    public sealed record DemandRow(int Id, string Name, int RequiredLevel, string? SourceUrl);

    [BindProperty]
    public DemandedSkillInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public OptionView Option { get; private set; } = default!;

    /// <summary>The catalogue occupation the option was researched from, while the catalogue still has it.</summary>
    public string? OccupationCode { get; private set; }
    public string? OccupationTitle { get; private set; }
    public string? Release { get; private set; }
    public IReadOnlyList<DemandRow> Demands { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int optionId) =>
        await LoadAsync(id, optionId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddSkillAsync(int id, int optionId)
    {
        if (!await LoadAsync(id, optionId))
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.DemandedSkills.Add(new DemandedSkill(optionId, Input.Name!, Input.RequiredLevel!.Value, Input.SourceUrl));
        await db.SaveChangesAsync();
        StatusMessage = $"\"{Input.Name!.Trim()}\" added.";
        return RedirectToPage(new { id, optionId });
    }

    private async Task<bool> LoadAsync(int planId, int optionId)
    {
        var option = await db.CareerOptions.AsNoTracking().InPlan(db.Plans, planId, User.Id()).Where(o => o.Id == optionId)
            .Select(o => new
            {
                o.Id, o.PlanId, PlanTitle = db.Plans.Single(p => p.Id == o.PlanId).Title, o.Title, o.Status, o.FitRating,
                o.WhyItFits, o.Pros, o.Cons, o.RejectionReason,
                Occupation = db.Occupations.Where(c => c.Code == o.OccupationCode).Select(c => c.Title).FirstOrDefault(), o.OccupationCode,
            })
            .SingleOrDefaultAsync();
        if (option is null)
        {
            return false;
        }
        var drawsOn = await db.SelfAssessmentItems.AsNoTracking()
            .Where(i => db.Set<CareerOptionFit>().Where(f => f.CareerOptionId == optionId).Select(f => f.SelfAssessmentItemId).Contains(i.Id))
            .OrderBy(i => i.Kind).ThenBy(i => i.Position).Select(i => i.Text).ToListAsync();
        Option = new OptionView(option.Id, option.PlanId, option.PlanTitle, option.Title, option.Status, option.FitRating,
            option.WhyItFits, option.Pros, option.Cons, option.RejectionReason, drawsOn);
        (OccupationCode, OccupationTitle) = (option.OccupationCode, option.Occupation);
        Release = option.Occupation is null ? null : await catalogue.ReleaseAsync();
        Demands = await db.DemandedSkills.AsNoTracking().Where(d => d.CareerOptionId == optionId).OrderBy(d => d.Name)
            .Select(d => new DemandRow(d.Id, d.Name, d.RequiredLevel, d.SourceUrl)).ToListAsync();
        return true;
    }
}
