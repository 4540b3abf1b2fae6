using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Actions;

public sealed class ActionInput
{
    [Display(Name = "Action")]
    public string? Title { get; set; }

    [Display(Name = "For goal (optional)")]
    public int? GoalId { get; set; }

    [Display(Name = "For milestone (optional)")]
    public int? MilestoneId { get; set; }

    [Display(Name = "Due date")]
    public DateOnly? DueDate { get; set; }

    [Display(Name = "Status")]
    public ActionStatus Status { get; set; } = ActionStatus.ToDo;

    public Guid Version { get; set; }
}

public sealed class ActionInputValidator : AbstractValidator<ActionInput>
{
    public ActionInputValidator()
    {
        RuleFor(x => x.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Say what you will do, e.g. \"Finish module 3 of the SQL course\".")
            .MaximumLength(ActionItem.TitleMaxLength).WithMessage($"Keep the action to {ActionItem.TitleMaxLength} characters or fewer.");
        RuleFor(x => x.DueDate)
            .NotNull().WithMessage("Give a due date: an action without one tends to wait for ever.")
            .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Enter a date between 2000 and 2100.");
        RuleFor(x => x.Status).IsInEnum().WithMessage("Choose a status from the list.");
    }
}
