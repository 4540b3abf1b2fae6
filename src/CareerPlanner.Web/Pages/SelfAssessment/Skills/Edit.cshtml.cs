using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.SelfAssessment.Skills;

public class EditModel(AppDbContext db, SkillEditor editor, UserClock clock) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public SkillInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(int skillId)
    {
        var skill = await db.Skills.AsNoTracking().Where(s => s.Id == skillId && s.UserId == User.Id())
            .Select(s => new SkillInput { Name = s.Name, Category = s.Category, Rating = s.Rating, Evidence = s.Evidence, Version = s.Version })
            .SingleOrDefaultAsync();
        if (skill is null)
        {
            return NotFound();
        }
        Input = skill;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int skillId)
    {
        var userId = User.Id();
        var skill = await db.Skills.SingleOrDefaultAsync(s => s.Id == skillId && s.UserId == userId);
        if (skill is null)
        {
            return NotFound();
        }
        if (!await editor.ValidateAsync(Input, userId, skillId, ModelState))
        {
            return Page();
        }
        skill.Update(Input.Name!, Input.Category, Input.Rating!.Value, Input.Evidence, await clock.TodayAsync(userId));
        if (!await db.TrySaveAsync(skill, s => s.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = "Skill saved.";
        return LocalRedirect(Url.LocalOr(ReturnUrl, "/SelfAssessment/Index"));
    }
}
