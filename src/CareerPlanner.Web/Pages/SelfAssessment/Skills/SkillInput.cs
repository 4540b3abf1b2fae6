using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.SelfAssessment.Skills;

public sealed class SkillInput
{
    [Display(Name = "Skill")]
    public string? Name { get; set; }

    [Display(Name = "Category")]
    public SkillCategory Category { get; set; } = SkillCategory.Technical;

    [Display(Name = "Your rating")]
    public int? Rating { get; set; }

    [Display(Name = "Where you showed it (optional)")]
    public string? Evidence { get; set; }

    public Guid Version { get; set; }
}

public sealed class SkillInputValidator : AbstractValidator<SkillInput>
{
    public SkillInputValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name the skill, e.g. \"SQL\" or \"running workshops\".")
            .MaximumLength(Skill.NameMaxLength).WithMessage($"Keep the name to {Skill.NameMaxLength} characters or fewer.");
        RuleFor(x => x.Category).IsInEnum().WithMessage("Choose a category from the list.");
        RuleFor(x => x.Rating)
            .NotNull().WithMessage("Rate yourself from 1 (aware) to 5 (expert).")
            .InclusiveBetween(Skill.MinRating, Skill.MaxRating).WithMessage("Rate yourself from 1 (aware) to 5 (expert).");
        RuleFor(x => x.Evidence)
            .MaximumLength(Skill.EvidenceMaxLength).WithMessage($"Keep the evidence to {Skill.EvidenceMaxLength} characters or fewer.");
    }
}
