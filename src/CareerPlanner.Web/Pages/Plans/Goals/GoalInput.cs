using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Goals;

public sealed class GoalInput
{
    [Display(Name = "Goal")]
    public string? Title { get; set; }

    [Display(Name = "Exactly what you will achieve")]
    public string? Description { get; set; }

    [Display(Name = "How it is measured")]
    public MetricType MetricType { get; set; } = MetricType.Number;

    [Display(Name = "What is counted")]
    public string? MetricWhat { get; set; }

    [Display(Name = "Unit (optional)")]
    public string? Unit { get; set; }

    [Display(Name = "Where you start (baseline)")]
    public double? Baseline { get; set; }

    [Display(Name = "Target")]
    public double? Target { get; set; }

    [Display(Name = "What makes it achievable")]
    public string? Achievable { get; set; }

    public List<int> ItemIds { get; set; } = [];

    public List<int> OptionIds { get; set; } = [];

    [Display(Name = "Why it matters to you")]
    public string? RelevanceReason { get; set; }

    [Display(Name = "Horizon")]
    public GoalHorizon Horizon { get; set; } = GoalHorizon.OneYear;

    [Display(Name = "Target date")]
    public DateOnly? TargetDate { get; set; }

    [Display(Name = "Status")]
    public GoalStatus Status { get; set; } = GoalStatus.NotStarted;

    [Display(Name = "Achieved on")]
    public DateOnly? AchievedOn { get; set; }

    [Display(Name = "Why you dropped it")]
    public string? DropReason { get; set; }

    [Display(Name = "Serves a longer goal (optional)")]
    public int? ParentGoalId { get; set; }

    [Display(Name = "Reason for the change (optional, kept in the history)")]
    public string? ChangeReason { get; set; }

    public Guid Version { get; set; }
}

/// <summary>The rules each letter of SMART can check on its own; the rules that need the database are in <see cref="GoalEditor"/>.</summary>
public sealed class GoalInputValidator : AbstractValidator<GoalInput>
{
    public GoalInputValidator()
    {
        RuleFor(x => x.Title)
            .Must(GoalRules.IsSpecificTitle).WithMessage("Say exactly what you will achieve, in at least three words, e.g. \"Pass the AZ-204 exam\" — not only \"get better\".")
            .MaximumLength(Goal.TitleMaxLength).WithMessage($"Keep the goal to {Goal.TitleMaxLength} characters; put the detail in the description.");
        RuleFor(x => x.Description)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("Describe what done looks like, so you will know when you are there.")
            .MaximumLength(Goal.TextMaxLength).WithMessage($"Keep the description to {Goal.TextMaxLength} characters or fewer.");
        RuleFor(x => x.MetricType).IsInEnum().WithMessage("Choose how it is measured.");
        When(x => x.MetricType == MetricType.Number, () =>
        {
            RuleFor(x => x.MetricWhat)
                .Must(w => !string.IsNullOrWhiteSpace(w)).WithMessage("Say how you will measure this: what is counted, from what to what (e.g. \"certifications passed\").")
                .MaximumLength(Goal.ShortTextMaxLength).WithMessage($"Keep this to {Goal.ShortTextMaxLength} characters or fewer.");
            RuleFor(x => x.Baseline).NotNull().WithMessage("Give the number you start from today, e.g. 0.");
            RuleFor(x => x.Target).NotNull().WithMessage("Give the number you are aiming for.")
                .NotEqual(x => x.Baseline).When(x => x.Baseline is not null, ApplyConditionTo.CurrentValidator)
                .WithMessage("The target must differ from where you start; a falling target such as 15 → 5 hours is fine.");
        });
        RuleFor(x => x.Baseline).Measure();
        RuleFor(x => x.Target).Measure();
        RuleFor(x => x.Unit).MaximumLength(Goal.UnitMaxLength).WithMessage($"Keep the unit to {Goal.UnitMaxLength} characters or fewer.");
        RuleFor(x => x.Achievable)
            .Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("Say what makes this achievable: the time, money and support you have, and what could get in the way.")
            .MaximumLength(Goal.TextMaxLength).WithMessage($"Keep this to {Goal.TextMaxLength} characters or fewer.");
        RuleFor(x => x.RelevanceReason).MaximumLength(Goal.TextMaxLength).WithMessage($"Keep this to {Goal.TextMaxLength} characters or fewer.");
        RuleFor(x => x.Horizon).IsInEnum().WithMessage("Choose a horizon: 1, 3, 5 or 10 years.");
        RuleFor(x => x.TargetDate).NotNull().WithMessage("Give the date you will have achieved it by.");
        RuleFor(x => x.Status).IsInEnum().WithMessage("Choose a status from the list.");
        RuleFor(x => x.AchievedOn).NotNull().When(x => x.Status == GoalStatus.Achieved).WithMessage("Give the date you achieved it.");
        RuleFor(x => x.DropReason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(x => x.Status == GoalStatus.Dropped).WithMessage("Say why you dropped it; future you will want to know.")
            .MaximumLength(Goal.ReasonMaxLength).WithMessage($"Keep the reason to {Goal.ReasonMaxLength} characters or fewer.");
        RuleFor(x => x.ChangeReason).MaximumLength(Goal.ReasonMaxLength).WithMessage($"Keep the reason to {Goal.ReasonMaxLength} characters or fewer.");
    }
}
