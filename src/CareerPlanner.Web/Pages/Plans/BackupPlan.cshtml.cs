using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans;

public sealed class BackupPlanInput : IVersionedInput
{
    [Display(Name = "What you will do instead")]
    public string? BackupPlan { get; set; }

    [Display(Name = "The sign that would make you switch (optional)")]
    public string? BackupTrigger { get; set; }

    public Guid Version { get; set; }
}

public sealed class BackupPlanInputValidator : AbstractValidator<BackupPlanInput>
{
    public BackupPlanInputValidator()
    {
        RuleFor(x => x.BackupPlan)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Say what you would do if the main path stalls, e.g. \"stay in my current role and move to the platform team\".")
            .MaximumLength(Plan.BackupPlanMaxLength).WithMessage($"Keep the backup plan to {Plan.BackupPlanMaxLength} characters or fewer.");
        RuleFor(x => x.BackupTrigger)
            .MaximumLength(Plan.BackupTriggerMaxLength).WithMessage($"Keep the switching sign to {Plan.BackupTriggerMaxLength} characters or fewer.");
    }
}

/// <summary>The planning stage's backup-plan section.</summary>
public class BackupPlanModel(AppDbContext db, IValidator<BackupPlanInput> validator, TimeProvider time)
    : PlanSectionModel<BackupPlanInput>(db, validator, time)
{
    protected override PlanStage Stage => PlanStage.Planning;

    protected override string Section => "backup-title";

    protected override string SavedMessage => "Backup plan saved.";

    protected override BackupPlanInput ToInput(Plan plan) => new() { BackupPlan = plan.BackupPlan, BackupTrigger = plan.BackupTrigger, Version = plan.Version };

    protected override void Apply(Plan plan, BackupPlanInput input, DateTime nowUtc) => plan.SetBackupPlan(input.BackupPlan, input.BackupTrigger, nowUtc);
}
