using CareerPlanner.Web.Pages.Plans.Research.Options;

namespace CareerPlanner.Web.Pages.Plans.Research;

/// <summary>
/// Career options side by side (<see cref="OptionComparison"/>), then a choice: "Choose this path" makes one the plan's
/// target; "Start a new plan from this option" copies it, with its demanded skills and links, into a new plan as its target.
/// </summary>
public class CompareModel(OptionComparison comparison, OptionEditor editor, AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "o")]
    public List<int> Selected { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public int PlanId { get; private set; }
    public OptionComparisonView View { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await comparison.LoadAsync(User.Id(), id, Selected) is not { } view)
        {
            return NotFound();
        }
        (PlanId, View) = (id, view);
        return Page();
    }

    public async Task<IActionResult> OnPostChooseAsync(int id, int optionId)
    {
        if (await OwnOptionAsync(id, optionId) is not { } option)
        {
            return NotFound();
        }
        StatusMessage = await editor.ChooseAsync(option);
        await db.SaveChangesAsync();
        return LocalRedirect($"/Plans/{id}/Research/Compare{(Selected.Count == 0 ? "" : "?" + string.Join("&", Selected.Select(o => $"o={o}")))}");
    }

    public async Task<IActionResult> OnPostNewPlanAsync(int id, int optionId)
    {
        var userId = User.Id();
        if (await OwnOptionAsync(id, optionId) is not { } option)
        {
            return NotFound();
        }
        var now = time.GetUtcNow().UtcDateTime;
        var plan = new Plan(userId, option.Title.Length > Plan.TitleMaxLength ? option.Title[..Plan.TitleMaxLength] : option.Title, now);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        var copy = new CareerOption(plan.Id, now);
        copy.Update(option.Title, option.WhyItFits, option.Pros, option.Cons, option.FitRating, CareerOptionStatus.ChosenTarget, null,
            option.Fits.Select(f => f.SelfAssessmentItemId));
        copy.OccupationCode = option.OccupationCode;
        db.CareerOptions.Add(copy);
        await db.SaveChangesAsync();
        var skills = await db.DemandedSkills.AsNoTracking().Where(d => d.CareerOptionId == option.Id).OrderBy(d => d.Id).ToListAsync();
        db.DemandedSkills.AddRange(skills.Select(d => new DemandedSkill(copy.Id, d.Name, d.RequiredLevel, d.SourceUrl)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["StatusMessage"] = $"A new plan “{plan.Title}” starts from this option, as its chosen target with {Words.Count(skills.Count, "demanded skill")}. The plan it came from is unchanged.";
        return RedirectToPage("/Plans/Details", new { id = plan.Id });
    }

    private Task<CareerOption?> OwnOptionAsync(int planId, int optionId) =>
        db.CareerOptions.Include(o => o.Fits).InPlan(db.Plans, planId, User.Id()).FirstOrDefaultAsync(o => o.Id == optionId);
}
