using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Pages.Plans.Reviews;

public sealed class ReviewInput
{
    /// <summary>Set by the page from the route or the saved review, never from the form.</summary>
    [BindNever]
    public ReviewKind Kind { get; set; }

    [Display(Name = "Held on")]
    public DateOnly? HeldOn { get; set; }

    /// <summary>The first day of the quarter or year a thorough review covers (a check-in covers the period it was held in).</summary>
    [Display(Name = "Period reviewed")]
    public DateOnly? PeriodStart { get; set; }

    [Display(Name = "Job satisfaction (1–10)")]
    public int? Satisfaction { get; set; }

    [Display(Name = "What went well")]
    public string? WentWell { get; set; }

    [Display(Name = "Next steps")]
    public string? NextSteps { get; set; }

    [Display(Name = "What I will do differently")]
    public string? DoDifferently { get; set; }

    [Display(Name = "Is this career still right for me?")]
    public CareerFit? CareerFit { get; set; }

    [Display(Name = "Why")]
    public string? CareerFitWhy { get; set; }

    [Display(Name = "New information that may change the plan")]
    public string? NewInformation { get; set; }

    public List<ReviewGoalInput> Goals { get; set; } = [];

    public Guid Version { get; set; }
}

/// <summary>One goal's row in a review: its current value and, in a thorough review, a judgement and an adjustment.</summary>
public sealed class ReviewGoalInput
{
    public int GoalId { get; set; }

    [Display(Name = "Current value")]
    public double? Value { get; set; }

    [Display(Name = "Done")]
    public bool Done { get; set; }

    [Display(Name = "Judgement")]
    public GoalJudgement? Judgement { get; set; }

    [Display(Name = "Note")]
    public string? Note { get; set; }

    [Display(Name = "New target date")]
    public DateOnly? NewTargetDate { get; set; }

    [Display(Name = "New target")]
    public double? NewTarget { get; set; }

    [Display(Name = "New status")]
    public GoalStatus? NewStatus { get; set; }

    [Display(Name = "Reason for the adjustment")]
    public string? AdjustmentReason { get; set; }

    public bool HasAdjustment => NewTargetDate is not null || NewTarget is not null || NewStatus is not null;
}

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator()
    {
        RuleFor(x => x.HeldOn).NotNull().WithMessage("Give the day this review was held.")
            .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Enter a date between 2000 and 2100.");
        RuleFor(x => x.Satisfaction).NotNull().WithMessage("Rate your job satisfaction from 1 (very unhappy) to 10 (could not be better).")
            .InclusiveBetween(1, 10).WithMessage("Rate your job satisfaction from 1 (very unhappy) to 10 (could not be better).");
        foreach (var text in new System.Linq.Expressions.Expression<Func<ReviewInput, string?>>[]
                 { x => x.WentWell, x => x.NextSteps, x => x.DoDifferently, x => x.CareerFitWhy, x => x.NewInformation })
        {
            RuleFor(text).MaximumLength(Review.TextMaxLength).WithMessage($"Keep this to {Review.TextMaxLength} characters or fewer.");
        }
        When(x => x.Kind.IsThorough(), () =>
        {
            RuleFor(x => x.PeriodStart).NotNull().WithMessage("Choose the period this review looks back on.")
                .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Choose a period from the list.");
            RuleFor(x => x.CareerFit).NotNull().WithMessage("Say whether this career is still right for you: yes, unsure or no.")
                .IsInEnum().WithMessage("Choose yes, unsure or no.");
            RuleFor(x => x.CareerFitWhy).Must(why => !string.IsNullOrWhiteSpace(why))
                .When(x => x.CareerFit is CareerFit.Unsure or CareerFit.No, ApplyConditionTo.CurrentValidator)
                .WithMessage("Say what makes you unsure or why not: it is the most useful thing to read at your next review.");
            RuleForEach(x => x.Goals).ChildRules(goal =>
            {
                goal.RuleFor(g => g.Judgement).NotNull().WithMessage("Choose on track, at risk or off track.")
                    .IsInEnum().WithMessage("Choose on track, at risk or off track.");
                goal.RuleFor(g => g.Note).MaximumLength(ReviewGoalNote.NoteMaxLength)
                    .WithMessage($"Keep the note to {ReviewGoalNote.NoteMaxLength} characters or fewer.");
                goal.RuleFor(g => g.Value).Measure();
                goal.RuleFor(g => g.NewTarget).Measure();
                goal.RuleFor(g => g.NewStatus).IsInEnum().WithMessage("Choose a status from the list.");
                goal.RuleFor(g => g.AdjustmentReason).MaximumLength(Goal.ReasonMaxLength)
                    .WithMessage($"Keep the reason to {Goal.ReasonMaxLength} characters or fewer.");
                goal.RuleFor(g => g.AdjustmentReason).Must(why => !string.IsNullOrWhiteSpace(why))
                    .When(g => g.NewStatus == GoalStatus.Dropped, ApplyConditionTo.CurrentValidator)
                    .WithMessage("Say why you are dropping this goal; the reason stays in its history.");
            });
        });
    }
}
