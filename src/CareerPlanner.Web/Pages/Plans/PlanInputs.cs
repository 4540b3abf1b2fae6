using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans;

public sealed class PlanTitleInput
{
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    /// <summary>The plan's version when the form was shown (empty when creating).</summary>
    public Guid Version { get; set; }
}

public sealed class PlanTitleInputValidator : AbstractValidator<PlanTitleInput>
{
    public PlanTitleInputValidator() =>
        RuleFor(x => x.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Give your plan a title, such as \"Move into product management\".")
            .MaximumLength(Plan.TitleMaxLength).WithMessage($"Keep the title to {Plan.TitleMaxLength} characters or fewer.");
}
