using System.ComponentModel.DataAnnotations;
using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Achievements;

public sealed class AchievementInput
{
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "What you achieved")]
    public string? What { get; set; }

    [Display(Name = "Its impact (optional)")]
    public string? Impact { get; set; }

    [Display(Name = "In which job (optional)")]
    public int? PositionId { get; set; }

    public List<int> GoalIds { get; set; } = [];

    public List<int> SkillIds { get; set; } = [];

    public Guid Version { get; set; }
}

public sealed class AchievementInputValidator : AbstractValidator<AchievementInput>
{
    public AchievementInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Give the date of the achievement.");
        RuleFor(x => x.What)
            .Must(w => !string.IsNullOrWhiteSpace(w)).WithMessage("Say what you achieved, e.g. \"Shipped the new billing export\".")
            .MaximumLength(Achievement.WhatMaxLength).WithMessage($"Keep this to {Achievement.WhatMaxLength} characters; put the detail in the impact.");
        RuleFor(x => x.Impact).MaximumLength(Achievement.ImpactMaxLength).WithMessage($"Keep the impact to {Achievement.ImpactMaxLength} characters or fewer.");
    }
}

/// <summary>The person's own goals (from any plan) and skills an achievement can be linked to.</summary>
public sealed class AchievementChoices(AppDbContext db)
{
    public sealed record Choice(int Id, string Text);

    public sealed record Lists(IReadOnlyList<Choice> Goals, IReadOnlyList<Choice> Skills, IReadOnlyList<Choice> Positions)
    {
        /// <summary>The chosen position when it is one of the person's, else none.</summary>
        public int? Position(int? positionId) => Positions.Any(p => p.Id == positionId) ? positionId : null;
    }

    public async Task<Lists> ForAsync(string userId) => new(
        await db.Goals.AsNoTracking().Where(g => db.Plans.OwnedBy(userId).Select(p => p.Id).Contains(g.PlanId))
            .OrderBy(g => g.Title).Select(g => new Choice(g.Id, g.Title)).ToListAsync(),
        await db.Skills.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(),
        await db.Positions.AsNoTracking().Where(p => p.UserId == userId).OrderByDescending(p => p.StartedOn)
            .Select(p => new Choice(p.Id, p.Title + ", " + p.Employer)).ToListAsync());
}

/// <summary>Records an achievement with its impact and the goals and skills it shows, so reviews can pull it in.</summary>
public class CreateModel(AppDbContext db, IValidator<AchievementInput> validator, AchievementChoices choices, UserClock clock) : PageModel, IFieldsForm<AchievementInput, AchievementChoices.Lists>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public AchievementInput Input { get; set; } = new();

    public AchievementChoices.Lists Choices { get; private set; } = default!;

    public async Task OnGetAsync(int? goalId)
    {
        Input.Date = await clock.TodayAsync(User.Id());
        if (goalId is { } id)
        {
            Input.GoalIds.Add(id);
        }
        Choices = await choices.ForAsync(User.Id());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.Id();
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        Choices = await choices.ForAsync(userId);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var achievement = new Achievement(userId, Input.Date!.Value, Input.What!, Input.Impact) { PositionId = Choices.Position(Input.PositionId) };
        achievement.LinkTo(Choices.Goals.Select(g => g.Id).Where(Input.GoalIds.Contains), Choices.Skills.Select(s => s.Id).Where(Input.SkillIds.Contains));
        db.Achievements.Add(achievement);
        await db.SaveChangesAsync();
        StatusMessage = "Achievement recorded. Your reviews will find it here.";
        return RedirectToPage("Index");
    }
}
