using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Network;

public sealed class ContactInput
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "How we know each other")]
    public string? HowWeKnow { get; set; }

    [Display(Name = "Organisation (optional)")]
    public string? Organisation { get; set; }

    [Display(Name = "Role (optional)")]
    public string? Role { get; set; }

    [Display(Name = "E-mail (optional)")]
    public string? Email { get; set; }

    [Display(Name = "Profile link (optional)")]
    public string? ProfileUrl { get; set; }

    [Display(Name = "Phone (optional)")]
    public string? Phone { get; set; }

    [Display(Name = "Tags (optional, separated by commas)")]
    public string? Tags { get; set; }

    [Display(Name = "Notes (optional)")]
    public string? Notes { get; set; }

    [Display(Name = "Stay in touch every … days (optional)")]
    public int? CadenceDays { get; set; }

    [Display(Name = "Next follow-up on (optional, overrides the rhythm)")]
    public DateOnly? FollowUpOn { get; set; }

    public List<int> OptionIds { get; set; } = [];

    public List<int> ActivityIds { get; set; } = [];

    public Guid Version { get; set; }
}

public sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give their name, e.g. \"Priya Shah\".")
            .MaximumLength(Contact.NameMaxLength).WithMessage($"Keep the name to {Contact.NameMaxLength} characters or fewer.");
        RuleFor(x => x.HowWeKnow).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Say how you know each other, e.g. \"met at the data meetup\".")
            .MaximumLength(Contact.ShortTextMaxLength).WithMessage($"Keep this to {Contact.ShortTextMaxLength} characters or fewer.");
        RuleFor(x => x.Organisation).MaximumLength(Contact.NameMaxLength).WithMessage($"Keep this to {Contact.NameMaxLength} characters or fewer.");
        RuleFor(x => x.Role).MaximumLength(Contact.NameMaxLength).WithMessage($"Keep this to {Contact.NameMaxLength} characters or fewer.");
        RuleFor(x => x.Email).MaximumLength(Contact.EmailMaxLength).WithMessage($"Keep the address to {Contact.EmailMaxLength} characters or fewer.")
            .EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email), ApplyConditionTo.CurrentValidator)
            .WithMessage("Enter an e-mail address such as priya@example.com, or leave it empty.");
        RuleFor(x => x.ProfileUrl).OptionalHttpUrl(Contact.UrlMaxLength);
        RuleFor(x => x.Phone).MaximumLength(Contact.PhoneMaxLength).WithMessage($"Keep the number to {Contact.PhoneMaxLength} characters or fewer.");
        RuleFor(x => x.Tags).MaximumLength(Contact.ShortTextMaxLength).WithMessage($"Keep the tags to {Contact.ShortTextMaxLength} characters or fewer.");
        RuleFor(x => x.Notes).MaximumLength(Contact.NotesMaxLength).WithMessage($"Keep the notes to {Contact.NotesMaxLength} characters or fewer.");
        RuleFor(x => x.CadenceDays).InclusiveBetween(1, Contact.MaxCadenceDays)
            .WithMessage($"Choose a number of days from 1 to {Contact.MaxCadenceDays}, e.g. 90 for every three months, or leave it empty.");
        RuleFor(x => x.FollowUpOn).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Enter a date between 2000 and 2100.");
    }
}

public sealed class InteractionInput
{
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "How")]
    public InteractionChannel? Channel { get; set; }

    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }
}

public sealed class InteractionInputValidator : AbstractValidator<InteractionInput>
{
    public InteractionInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Give the date you were in touch.")
            .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Enter a date between 2000 and 2100.");
        RuleFor(x => x.Channel).NotNull().WithMessage("Choose how you were in touch.").IsInEnum().WithMessage("Choose how you were in touch.");
        RuleFor(x => x.Note).MaximumLength(Interaction.NoteMaxLength).WithMessage($"Keep the note to {Interaction.NoteMaxLength} characters or fewer.");
    }
}
