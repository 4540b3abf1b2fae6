using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>A comment on the plan, on a goal or on a review (which one the page says; the form only carries the text).</summary>
public sealed class CommentInput
{
    [Display(Name = "Your comment")]
    public string? Text { get; set; }
}

public sealed class CommentInputValidator : AbstractValidator<CommentInput>
{
    public CommentInputValidator()
    {
        RuleFor(x => x.Text)
            .NotEmpty().WithMessage("Write your comment before sending it.")
            .MaximumLength(PlanComment.TextMaxLength).WithMessage($"Keep a comment to {PlanComment.TextMaxLength} characters.");
    }
}

/// <summary>A goal or an action a mentor suggests.</summary>
public sealed class SuggestionInput
{
    [Display(Name = "A goal or an action?")]
    public SuggestionKind? Kind { get; set; }

    [Display(Name = "What you suggest")]
    public string? Title { get; set; }

    [Display(Name = "Why (optional)")]
    public string? Reason { get; set; }
}

public sealed class SuggestionInputValidator : AbstractValidator<SuggestionInput>
{
    public SuggestionInputValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Say whether you suggest a goal or an action.")
            .IsInEnum().WithMessage("Say whether you suggest a goal or an action.");
        RuleFor(x => x.Title)
            .NotEmpty().WithMessage("Say what you suggest, e.g. \"Give a talk at a meetup this year\".")
            .MaximumLength(PlanSuggestion.TitleMaxLength).WithMessage($"Keep it to {PlanSuggestion.TitleMaxLength} characters; put the detail in the reason.");
        RuleFor(x => x.Reason)
            .MaximumLength(PlanSuggestion.ReasonMaxLength).WithMessage($"Keep the reason to {PlanSuggestion.ReasonMaxLength} characters.");
    }
}
