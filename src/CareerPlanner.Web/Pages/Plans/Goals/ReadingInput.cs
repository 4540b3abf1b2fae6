using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Goals;

public sealed class ReadingInput
{
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Current value")]
    public double? Value { get; set; }

    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }
}

public sealed class ReadingInputValidator : AbstractValidator<ReadingInput>
{
    public ReadingInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Give the date of this reading.");
        RuleFor(x => x.Value).NotNull().WithMessage("Give the current value, e.g. 3.").Measure();
        RuleFor(x => x.Note).MaximumLength(ProgressReading.NoteMaxLength).WithMessage($"Keep the note to {ProgressReading.NoteMaxLength} characters or fewer.");
    }
}
