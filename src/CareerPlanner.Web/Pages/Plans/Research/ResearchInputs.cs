using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Research;

public sealed class OptionInput
{
    [Display(Name = "Career option")]
    public string? Title { get; set; }

    [Display(Name = "Why it might fit you")]
    public string? WhyItFits { get; set; }

    [Display(Name = "Pros")]
    public string? Pros { get; set; }

    [Display(Name = "Cons")]
    public string? Cons { get; set; }

    [Display(Name = "How well it fits")]
    public int? FitRating { get; set; }

    [Display(Name = "Status")]
    public CareerOptionStatus Status { get; set; } = CareerOptionStatus.Exploring;

    [Display(Name = "Why you rejected it")]
    public string? RejectionReason { get; set; }

    /// <summary>The strengths, interests and values this option draws on.</summary>
    public List<int> FitItemIds { get; set; } = [];

    public Guid Version { get; set; }
}

public sealed class OptionInputValidator : AbstractValidator<OptionInput>
{
    public OptionInputValidator()
    {
        RuleFor(x => x.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Name the option, e.g. \"Data engineer at a scale-up\".")
            .MaximumLength(CareerOption.TitleMaxLength).WithMessage($"Keep the name to {CareerOption.TitleMaxLength} characters or fewer.");
        RuleFor(x => x.WhyItFits).MaximumLength(CareerOption.TextMaxLength).WithMessage($"Keep this to {CareerOption.TextMaxLength} characters or fewer.");
        RuleFor(x => x.Pros).MaximumLength(CareerOption.TextMaxLength).WithMessage($"Keep the pros to {CareerOption.TextMaxLength} characters or fewer.");
        RuleFor(x => x.Cons).MaximumLength(CareerOption.TextMaxLength).WithMessage($"Keep the cons to {CareerOption.TextMaxLength} characters or fewer.");
        RuleFor(x => x.FitRating).Rating("1 a poor fit, 5 a great fit");
        RuleFor(x => x.Status).IsInEnum().WithMessage("Choose a status from the list.");
        RuleFor(x => x.RejectionReason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(x => x.Status == CareerOptionStatus.Rejected)
            .WithMessage("Say why you rejected it, so you remember when you look back.")
            .MaximumLength(CareerOption.ReasonMaxLength).WithMessage($"Keep the reason to {CareerOption.ReasonMaxLength} characters or fewer.");
    }
}

public sealed class DemandedSkillInput
{
    [Display(Name = "Skill it demands")]
    public string? Name { get; set; }

    [Display(Name = "Level required")]
    public int? RequiredLevel { get; set; }

    [Display(Name = "Source (optional web address, e.g. a job ad)")]
    public string? SourceUrl { get; set; }

    public Guid Version { get; set; }
}

public sealed class DemandedSkillInputValidator : AbstractValidator<DemandedSkillInput>
{
    public DemandedSkillInputValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name the skill, e.g. \"SQL\".")
            .MaximumLength(Skill.NameMaxLength).WithMessage($"Keep the name to {Skill.NameMaxLength} characters or fewer.");
        RuleFor(x => x.RequiredLevel).Rating("1 aware … 5 expert");
        RuleFor(x => x.SourceUrl).OptionalHttpUrl(DemandedSkill.SourceMaxLength);
    }
}

public sealed class ActivityInput
{
    [Display(Name = "Kind of activity")]
    public ExplorationKind Kind { get; set; } = ExplorationKind.InformationalInterview;

    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Person or organisation")]
    public string? Contact { get; set; }

    [Display(Name = "What you learned")]
    public string? Learned { get; set; }

    [Display(Name = "A follow-up is needed")]
    public bool FollowUpNeeded { get; set; }

    [Display(Name = "What to follow up")]
    public string? FollowUp { get; set; }

    [Display(Name = "Career option it was about (optional)")]
    public int? CareerOptionId { get; set; }

    public Guid Version { get; set; }
}

public sealed class ActivityInputValidator : AbstractValidator<ActivityInput>
{
    public ActivityInputValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose the kind of activity.");
        RuleFor(x => x.Date)
            .NotNull().WithMessage("Enter the date, e.g. 14/03/2026.")
            .InclusiveBetween(new DateOnly(1950, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Enter a date between 1950 and 2100.");
        RuleFor(x => x.Contact).MaximumLength(ExplorationActivity.ContactMaxLength).WithMessage($"Keep this to {ExplorationActivity.ContactMaxLength} characters or fewer.");
        RuleFor(x => x.Learned)
            .Must(l => !string.IsNullOrWhiteSpace(l)).WithMessage("Write down what you learned, even in a line.")
            .MaximumLength(ExplorationActivity.LearnedMaxLength).WithMessage($"Keep this to {ExplorationActivity.LearnedMaxLength} characters or fewer.");
        RuleFor(x => x.FollowUp)
            .Must(f => !string.IsNullOrWhiteSpace(f)).When(x => x.FollowUpNeeded).WithMessage("Say what needs following up.")
            .MaximumLength(ExplorationActivity.FollowUpMaxLength).WithMessage($"Keep this to {ExplorationActivity.FollowUpMaxLength} characters or fewer.");
    }
}

public sealed class NoteInput
{
    [Display(Name = "Note")]
    public string? Text { get; set; }

    [Display(Name = "Source (optional web address)")]
    public string? SourceUrl { get; set; }

    [Display(Name = "About the career option (optional)")]
    public int? CareerOptionId { get; set; }

    public Guid Version { get; set; }
}

public sealed class NoteInputValidator : AbstractValidator<NoteInput>
{
    public NoteInputValidator()
    {
        RuleFor(x => x.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write the note.")
            .MaximumLength(ResearchNote.TextMaxLength).WithMessage($"Keep the note to {ResearchNote.TextMaxLength} characters or fewer.");
        RuleFor(x => x.SourceUrl).OptionalHttpUrl(ResearchNote.SourceMaxLength);
    }
}
