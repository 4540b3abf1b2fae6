using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Pages.Occupations;

public sealed class ResearchInput
{
    [Display(Name = "Plan")]
    public int? PlanId { get; set; }
}

/// <summary>
/// One occupation of the catalogue, and "Research this occupation": a career option in one of the person's plans,
/// linked to the occupation, with the skills it demands filled in from the catalogue (<see cref="OccupationDemands"/>).
/// </summary>
public class DetailsModel(OccupationCatalogue catalogue, AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record PlanChoice(int Id, string Title);

    [BindProperty]
    public ResearchInput Input { get; set; } = new();

    public OccupationPage Occupation { get; private set; } = default!;
    public string Release { get; private set; } = "";
    public IReadOnlyList<PlanChoice> Plans { get; private set; } = [];
    public InterestFit.Fit? Fit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ? Page() : NotFound();

    public async Task<IActionResult> OnPostResearchAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }
        var userId = User.Id();
        if (Plans.FirstOrDefault(p => p.Id == Input.PlanId) is not { } plan)
        {
            ModelState.AddInputError(nameof(ResearchInput.PlanId), Plans.Count == 0 ? "Create a plan first: an option is researched inside a plan." : "Choose one of your plans.");
            return Page();
        }
        var occupation = Occupation.Occupation;
        var option = new CareerOption(plan.Id, time.GetUtcNow().UtcDateTime);
        var title = occupation.Title.Length > CareerOption.TitleMaxLength ? occupation.Title[..CareerOption.TitleMaxLength] : occupation.Title;
        option.Update(title, null, null, null, FitRating(Fit), CareerOptionStatus.Exploring, null, []);
        option.OccupationCode = occupation.Code;
        var demands = await catalogue.DemandsAsync(occupation.Code);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.CareerOptions.Add(option);
        await db.SaveChangesAsync();
        var source = $"https://www.onetonline.org/link/summary/{occupation.Code}";
        db.DemandedSkills.AddRange(demands.Select(d => new DemandedSkill(option.Id, d.Name.Length > Skill.NameMaxLength ? d.Name[..Skill.NameMaxLength] : d.Name, d.Level, source)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["StatusMessage"] = $"“{title}” is now a career option in “{plan.Title}”, with {Words.Count(demands.Count, "skill")} it demands from the occupation catalogue. Rate yourself on them in your skills inventory to see the gap.";
        return RedirectToPage("/Plans/Research/Options/Details", new { id = plan.Id, optionId = option.Id });
    }

    /// <summary>The option's fit starts from the interest fit: a correlation of −1 is 1, 0 is 3, 1 is 5; 3 without a test.</summary>
    public static int FitRating(InterestFit.Fit? fit) =>
        fit is null ? 3 : Math.Clamp((int)Math.Round(3 + (2 * fit.Correlation), MidpointRounding.AwayFromZero), 1, 5);

    private async Task<bool> LoadAsync(string code)
    {
        if (code.Length > Domain.Occupation.CodeMaxLength || await catalogue.PageAsync(code) is not { } page)
        {
            return false;
        }
        Occupation = page;
        Release = await catalogue.ReleaseAsync() ?? "";
        var userId = User.Id();
        Plans = await db.Plans.AsNoTracking().OwnedBy(userId).Where(p => !p.IsArchived).OrderBy(p => p.Title)
            .Select(p => new PlanChoice(p.Id, p.Title)).ToListAsync();
        var latest = await db.InterestTestResults.AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.TakenAtUtc).ThenByDescending(r => r.Id).FirstOrDefaultAsync();
        Fit = latest is not null && page.Occupation.Interests is { } interests ? InterestFit.Of(latest.Ranked, interests) : null;
        return true;
    }
}
