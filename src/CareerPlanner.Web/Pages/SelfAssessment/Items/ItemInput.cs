using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.SelfAssessment.Items;

public sealed class ItemInput
{
    [Display(Name = "Text")]
    public string? Text { get; set; }

    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }

    public Guid Version { get; set; }
}

public sealed class ItemInputValidator : AbstractValidator<ItemInput>
{
    public ItemInputValidator()
    {
        RuleFor(x => x.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write a few words, e.g. \"explaining complex ideas simply\".")
            .MaximumLength(SelfAssessmentItem.TextMaxLength).WithMessage($"Keep it short: {SelfAssessmentItem.TextMaxLength} characters at most. Put the detail in the note.");
        RuleFor(x => x.Note)
            .MaximumLength(SelfAssessmentItem.NoteMaxLength).WithMessage($"Keep the note to {SelfAssessmentItem.NoteMaxLength} characters or fewer.");
    }
}
