using FluentValidation;

namespace CareerPlanner.Web.Pages.Achievements;

/// <summary>Edits an achievement, its impact and the goals and skills it shows, with the rules it was recorded with.</summary>
public class EditModel(AppDbContext db, IValidator<AchievementInput> validator, AchievementChoices choices) : PageModel, IFieldsForm<AchievementInput, AchievementChoices.Lists>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public AchievementInput Input { get; set; } = new();

    public AchievementChoices.Lists Choices { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int achievementId)
    {
        var userId = User.Id();
        var achievement = await db.Achievements.AsNoTracking().Include(a => a.Goals).Include(a => a.Skills)
            .SingleOrDefaultAsync(a => a.Id == achievementId && a.UserId == userId);
        if (achievement is null)
        {
            return NotFound();
        }
        Input = new AchievementInput
        {
            Date = achievement.Date, What = achievement.What, Impact = achievement.Impact, Version = achievement.Version, PositionId = achievement.PositionId,
            GoalIds = [.. achievement.Goals.Select(g => g.GoalId)], SkillIds = [.. achievement.Skills.Select(s => s.SkillId)],
        };
        Choices = await choices.ForAsync(userId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int achievementId)
    {
        var userId = User.Id();
        var achievement = await db.Achievements.Include(a => a.Goals).Include(a => a.Skills)
            .SingleOrDefaultAsync(a => a.Id == achievementId && a.UserId == userId);
        if (achievement is null)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        Choices = await choices.ForAsync(userId);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        achievement.Update(Input.Date!.Value, Input.What!, Input.Impact);
        achievement.PositionId = Choices.Position(Input.PositionId);
        achievement.LinkTo(Choices.Goals.Select(g => g.Id).Where(Input.GoalIds.Contains), Choices.Skills.Select(s => s.Id).Where(Input.SkillIds.Contains));
        if (!await db.TrySaveAsync(achievement, a => a.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = "Achievement saved.";
        return RedirectToPage("Index");
    }
}
