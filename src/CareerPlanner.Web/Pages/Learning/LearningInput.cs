using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Learning;

public sealed class LearningInput
{
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Kind")]
    public LearningKind Kind { get; set; } = LearningKind.Course;

    [Display(Name = "Status")]
    public LearningStatus Status { get; set; } = LearningStatus.Planned;

    [Display(Name = "Started on")]
    public DateOnly? StartedOn { get; set; }

    [Display(Name = "Finished on")]
    public DateOnly? FinishedOn { get; set; }

    [Display(Name = "What you learned")]
    public string? Learned { get; set; }

    public List<int> SkillIds { get; set; } = [];

    public Guid Version { get; set; }
}

public sealed class LearningInputValidator : AbstractValidator<LearningInput>
{
    public LearningInputValidator()
    {
        RuleFor(x => x.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Name the book, course or event.")
            .MaximumLength(LearningItem.TitleMaxLength).WithMessage($"Keep the title to {LearningItem.TitleMaxLength} characters or fewer.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose a kind from the list.");
        RuleFor(x => x.Status).IsInEnum().WithMessage("Choose a status from the list.");
        RuleFor(x => x.FinishedOn)
            .GreaterThanOrEqualTo(x => x.StartedOn).When(x => x.StartedOn is not null && x.FinishedOn is not null)
            .WithMessage("The finish date cannot be before the start date.");
        RuleFor(x => x.Learned).MaximumLength(LearningItem.LearnedMaxLength).WithMessage($"Keep this to {LearningItem.LearnedMaxLength} characters or fewer.");
    }
}

public sealed record SkillChoice(int Id, string Name, int? Rating);

public sealed class PersonSkills(AppDbContext db)
{
    public Task<List<SkillChoice>> ForAsync(string userId) =>
        db.Skills.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Name).Select(s => new SkillChoice(s.Id, s.Name, s.Rating)).ToListAsync();
}
