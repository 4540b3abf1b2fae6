using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Brand;

/// <summary>Every form on the brand page; each handler checks only its own form's fields.</summary>
public sealed class BrandInput
{
    [Display(Name = "Who I am")]
    public string? WhoIAm { get; set; }

    [Display(Name = "What I deliver")]
    public string? WhatIDeliver { get; set; }

    [Display(Name = "What makes me different")]
    public string? WhatMakesMeDifferent { get; set; }

    [Display(Name = "Elevator pitch")]
    public string? Pitch { get; set; }

    [Display(Name = "Audiences I want to reach")]
    public string? Audiences { get; set; }

    [Display(Name = "Strengths and achievements I lead with")]
    public string? LeadWith { get; set; }

    [Display(Name = "Channel")]
    public BrandChannelKind? Channel { get; set; }

    [Display(Name = "Concrete next step")]
    public string? NextStep { get; set; }

    public int? ChannelId { get; set; }

    public int? PlanId { get; set; }

    public DateOnly? DueDate { get; set; }

    public Guid Version { get; set; }
}

public sealed class BrandInputValidator : AbstractValidator<BrandInput>
{
    public const string Statement = "Statement";
    public const string AddChannel = "AddChannel";
    public const string MakeAction = "MakeAction";

    public BrandInputValidator()
    {
        RuleSet(Statement, () =>
        {
            foreach (var part in new System.Linq.Expressions.Expression<Func<BrandInput, string?>>[] { x => x.WhoIAm, x => x.WhatIDeliver, x => x.WhatMakesMeDifferent })
            {
                RuleFor(part).MaximumLength(PersonalBrand.StatementPartMaxLength).WithMessage($"Keep this to {PersonalBrand.StatementPartMaxLength} characters or fewer.");
            }
            RuleFor(x => x.Pitch).MaximumLength(PersonalBrand.PitchMaxLength).WithMessage($"Keep the pitch to {PersonalBrand.PitchMaxLength} characters or fewer: a pitch is said in under a minute.");
            RuleFor(x => x.Audiences).MaximumLength(PersonalBrand.AudiencesMaxLength).WithMessage($"Keep this to {PersonalBrand.AudiencesMaxLength} characters or fewer.");
            RuleFor(x => x.LeadWith).MaximumLength(PersonalBrand.LeadWithMaxLength).WithMessage($"Keep this to {PersonalBrand.LeadWithMaxLength} characters or fewer.");
        });
        RuleSet(AddChannel, () =>
        {
            RuleFor(x => x.Channel).NotNull().WithMessage("Choose a channel.").IsInEnum().WithMessage("Choose a channel.");
            RuleFor(x => x.NextStep).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Give one concrete next step, e.g. \"rewrite my profile headline\".")
                .MaximumLength(BrandChannel.NextStepMaxLength).WithMessage($"Keep the step to {BrandChannel.NextStepMaxLength} characters or fewer.");
        });
        RuleSet(MakeAction, () =>
        {
            RuleFor(x => x.PlanId).NotNull().WithMessage("Choose the plan the action belongs to.");
            RuleFor(x => x.DueDate).NotNull().WithMessage("Give a due date.")
                .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Enter a date between 2000 and 2100.");
        });
    }
}
