using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans;

public sealed class VisionInput : IVersionedInput
{
    [Display(Name = "Vision statement")]
    public string? VisionStatement { get; set; }

    public Guid Version { get; set; }
}

public sealed class VisionInputValidator : AbstractValidator<VisionInput>
{
    public VisionInputValidator() =>
        RuleFor(x => x.VisionStatement)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Write a sentence or two about where you want your career to be.")
            .MaximumLength(Plan.VisionMaxLength).WithMessage($"Keep the vision to {Plan.VisionMaxLength} characters or fewer.");
}

/// <summary>The planning stage's vision section.</summary>
public class VisionModel(AppDbContext db, IValidator<VisionInput> validator, TimeProvider time)
    : PlanSectionModel<VisionInput>(db, validator, time)
{
    protected override PlanStage Stage => PlanStage.Planning;

    protected override string Section => "vision-title";

    protected override string SavedMessage => "Vision saved.";

    protected override VisionInput ToInput(Plan plan) => new() { VisionStatement = plan.VisionStatement, Version = plan.Version };

    protected override void Apply(Plan plan, VisionInput input, DateTime nowUtc) => plan.SetVision(input.VisionStatement, nowUtc);
}
