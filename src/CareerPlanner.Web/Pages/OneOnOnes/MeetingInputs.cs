using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.OneOnOnes;

public sealed class NewMeetingInput
{
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "One of your contacts")]
    public int? ContactId { get; set; }

    [Display(Name = "With whom")]
    public string? WithWhom { get; set; }
}

public sealed class NewMeetingInputValidator : AbstractValidator<NewMeetingInput>
{
    public NewMeetingInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Give the date of the 1:1.")
            .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Enter a date between 2000 and 2100.");
        RuleFor(x => x.WithWhom).Must(w => !string.IsNullOrWhiteSpace(w)).When(x => x.ContactId is null)
            .WithMessage("Choose one of your contacts or say who the 1:1 is with, e.g. \"Sam (my manager)\".")
            .MaximumLength(OneOnOne.WithWhomMaxLength).WithMessage($"Keep this to {OneOnOne.WithWhomMaxLength} characters or fewer.");
    }
}

/// <summary>Every form on a meeting's page; each handler checks only the fields of its own form.</summary>
public sealed class MeetingInput
{
    [Display(Name = "Kind of point")]
    public TalkingPointKind? Kind { get; set; }

    [Display(Name = "Talking point")]
    public string? Point { get; set; }

    public int? PointId { get; set; }

    public bool Discussed { get; set; }

    [Display(Name = "Notes after the meeting")]
    public string? Notes { get; set; }

    [Display(Name = "Agreed action")]
    public string? Action { get; set; }

    public int? AgreedId { get; set; }

    [Display(Name = "Plan")]
    public int? PlanId { get; set; }

    [Display(Name = "Due date")]
    public DateOnly? DueDate { get; set; }

    public Guid Version { get; set; }
}

public sealed class MeetingInputValidator : AbstractValidator<MeetingInput>
{
    public const string AddPoint = "AddPoint";
    public const string SaveNotes = "SaveNotes";
    public const string AddAction = "AddAction";
    public const string MakeAction = "MakeAction";

    public MeetingInputValidator()
    {
        RuleSet(AddPoint, () =>
        {
            RuleFor(x => x.Kind).NotNull().WithMessage("Choose what kind of point this is.").IsInEnum().WithMessage("Choose what kind of point this is.");
            RuleFor(x => x.Point).Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage("Write the point you want to raise, e.g. \"ask about leading the migration\".")
                .MaximumLength(TalkingPoint.TextMaxLength).WithMessage($"Keep the point to {TalkingPoint.TextMaxLength} characters or fewer.");
        });
        RuleSet(SaveNotes, () =>
            RuleFor(x => x.Notes).MaximumLength(OneOnOne.NotesMaxLength).WithMessage($"Keep the notes to {OneOnOne.NotesMaxLength} characters or fewer."));
        RuleSet(AddAction, () =>
            RuleFor(x => x.Action).Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("Say what was agreed, e.g. \"Sam introduces me to the data team lead\".")
                .MaximumLength(AgreedAction.TextMaxLength).WithMessage($"Keep it to {AgreedAction.TextMaxLength} characters or fewer."));
        RuleSet(MakeAction, () =>
        {
            RuleFor(x => x.PlanId).NotNull().WithMessage("Choose the plan the action belongs to.");
            RuleFor(x => x.DueDate).NotNull().WithMessage("Give a due date.")
                .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Enter a date between 2000 and 2100.");
        });
    }
}
