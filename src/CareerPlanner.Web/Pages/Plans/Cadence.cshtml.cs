using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans;

public sealed class CadenceInput : IVersionedInput
{
    [Display(Name = "Check in")]
    public CheckInCadence? Cadence { get; set; }

    public Guid Version { get; set; }
}

public sealed class CadenceInputValidator : AbstractValidator<CadenceInput>
{
    public CadenceInputValidator()
    {
        RuleFor(x => x.Cadence).NotNull().WithMessage("Choose weekly or monthly.").IsInEnum().WithMessage("Choose weekly or monthly.");
    }
}

/// <summary>The evaluation stage's check-in rhythm: a check-in falls due when this much time has passed since the last review.</summary>
public class CadenceModel(AppDbContext db, IValidator<CadenceInput> validator, TimeProvider time)
    : PlanSectionModel<CadenceInput>(db, validator, time)
{
    protected override PlanStage Stage => PlanStage.Evaluation;

    protected override string Section => "cadence-title";

    protected override string SavedMessage => "Check-in rhythm saved.";

    protected override CadenceInput ToInput(Plan plan) => new() { Cadence = plan.CheckInCadence, Version = plan.Version };

    protected override void Apply(Plan plan, CadenceInput input, DateTime nowUtc) => plan.SetCadence(input.Cadence!.Value, nowUtc);
}
