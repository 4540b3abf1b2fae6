using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.History;

/// <summary>The words every month-or-year field of the history accepts, said the same way beside each field.</summary>
public static class HistoryDates
{
    public const string Hint = "A month and year (Mar 2021) or just a year (2021).";

    public static IRuleBuilderOptions<T, string?> MonthOrYear<T>(this IRuleBuilder<T, string?> rule, string what) => rule
        .Must(text => string.IsNullOrWhiteSpace(text) || Domain.MonthOrYear.TryParse(text, out _))
        .WithMessage($"Write the {what} as a month and year, such as Mar 2021, or as a year, such as 2021 (between {Domain.MonthOrYear.MinYear} and {Domain.MonthOrYear.MaxYear}).");

    public static MonthOrYear? Read(string? text) => Domain.MonthOrYear.TryParse(text, out var value) ? value : null;

    /// <summary>True unless both are given and the end is before the start (a year-only end may share the start's year).</summary>
    public static bool EndNotBeforeStart(string? start, string? end) =>
        Read(start) is not { } s || Read(end) is not { } e || e.LastDay >= s.Date;
}

public sealed class PositionInput : IHistoryInput<PositionInput, Position>
{
    [Display(Name = "Employer")]
    public string? Employer { get; set; }

    [Display(Name = "Job title")]
    public string? Title { get; set; }

    [Display(Name = "Location (optional)")]
    public string? Location { get; set; }

    [Display(Name = "Started")]
    public string? Started { get; set; }

    [Display(Name = "I work here now")]
    public bool Current { get; set; }

    [Display(Name = "Ended")]
    public string? Ended { get; set; }

    [Display(Name = "What the job was (optional)")]
    public string? Description { get; set; }

    [Display(Name = "Highlights (optional, one per line)")]
    public string? Highlights { get; set; }

    [Display(Name = "Skills you used (optional, separated by commas)")]
    public string? Skills { get; set; }

    public Guid Version { get; set; }

    public static PositionInput From(Position p) => new()
    {
        Employer = p.Employer, Title = p.Title, Location = p.Location, Started = p.Start.ToString(), Current = p.IsCurrent,
        Ended = p.End?.ToString(), Description = p.Description, Highlights = p.Highlights, Skills = p.Skills, Version = p.Version,
    };

    public void ApplyTo(Position p)
    {
        var start = HistoryDates.Read(Started)!.Value;
        var end = Current ? null : HistoryDates.Read(Ended);
        p.Employer = Employer!.Trim();
        p.Title = Title!.Trim();
        p.Location = Location.TrimToNull();
        (p.StartedOn, p.StartedYearOnly) = (start.Date, start.YearOnly);
        (p.EndedOn, p.EndedYearOnly) = (end?.Date, end?.YearOnly ?? false);
        p.Description = Description.TrimToNull();
        p.Highlights = Position.HighlightList(Highlights) is { Count: > 0 } lines ? string.Join('\n', lines) : null;
        p.Skills = ContactRules.Tags(Skills) is { Count: > 0 } skills ? string.Join(", ", skills) : null;
        p.Touch();
    }
}

public sealed class PositionInputValidator : AbstractValidator<PositionInput>
{
    public PositionInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Employer)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Say who you worked for, e.g. \"Contoso\" (or \"Self-employed\").")
            .MaximumLength(Position.EmployerMaxLength).WithMessage($"Keep the employer to {Position.EmployerMaxLength} characters or fewer.");
        RuleFor(x => x.Title)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Give your job title, e.g. \"Data analyst\".")
            .MaximumLength(Position.TitleMaxLength).WithMessage($"Keep the job title to {Position.TitleMaxLength} characters or fewer.");
        RuleFor(x => x.Location).MaximumLength(Position.LocationMaxLength).WithMessage($"Keep the location to {Position.LocationMaxLength} characters or fewer.");
        RuleFor(x => x.Started).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Say when you started, e.g. Mar 2021.").MonthOrYear("start");
        RuleFor(x => x.Ended).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Say when it ended, or tick \"I work here now\".")
            .MonthOrYear("end")
            .Must((x, end) => HistoryDates.EndNotBeforeStart(x.Started, end)).WithMessage("The end cannot be before the start.")
            .When(x => !x.Current);
        RuleFor(x => x.Started)
            .Must(start => HistoryDates.Read(start) is not { } s || s.Date <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddDays(1)))
            .WithMessage("A job that has ended cannot start in the future: check the start.")
            .When(x => !x.Current);
        RuleFor(x => x.Description).MaximumLength(Position.DescriptionMaxLength).WithMessage($"Keep the description to {Position.DescriptionMaxLength} characters or fewer.");
        RuleFor(x => x.Highlights)
            .MaximumLength(Position.HighlightsMaxLength).WithMessage($"Keep the highlights to {Position.HighlightsMaxLength} characters or fewer.")
            .Must(h => Position.HighlightList(h).Count <= Position.MaxHighlights).WithMessage($"Keep to {Position.MaxHighlights} highlights: the strongest ones say the most.");
        RuleFor(x => x.Skills).MaximumLength(Position.SkillsMaxLength).WithMessage($"Keep the skills to {Position.SkillsMaxLength} characters or fewer.");
    }
}

public sealed class EducationInput : IHistoryInput<EducationInput, Education>
{
    [Display(Name = "School, university or provider")]
    public string? Institution { get; set; }

    [Display(Name = "Qualification or degree (optional)")]
    public string? Qualification { get; set; }

    [Display(Name = "Field of study (optional)")]
    public string? FieldOfStudy { get; set; }

    [Display(Name = "Started (optional)")]
    public string? Started { get; set; }

    [Display(Name = "Ended (optional)")]
    public string? Ended { get; set; }

    [Display(Name = "Notes (optional)")]
    public string? Notes { get; set; }

    [Display(Name = "Skills it gave you (optional, separated by commas)")]
    public string? Skills { get; set; }

    public Guid Version { get; set; }

    public static EducationInput From(Education e) => new()
    {
        Institution = e.Institution, Qualification = e.Qualification, FieldOfStudy = e.FieldOfStudy, Started = e.Start?.ToString(),
        Ended = e.End?.ToString(), Notes = e.Notes, Skills = e.Skills, Version = e.Version,
    };

    public void ApplyTo(Education e)
    {
        var start = HistoryDates.Read(Started);
        var end = HistoryDates.Read(Ended);
        e.Institution = Institution!.Trim();
        e.Qualification = Qualification.TrimToNull();
        e.FieldOfStudy = FieldOfStudy.TrimToNull();
        (e.StartedOn, e.StartedYearOnly) = (start?.Date, start?.YearOnly ?? false);
        (e.EndedOn, e.EndedYearOnly) = (end?.Date, end?.YearOnly ?? false);
        e.Notes = Notes.TrimToNull();
        e.Skills = ContactRules.Tags(Skills) is { Count: > 0 } skills ? string.Join(", ", skills) : null;
        e.Touch();
    }
}

public sealed class EducationInputValidator : AbstractValidator<EducationInput>
{
    public EducationInputValidator()
    {
        RuleFor(x => x.Institution)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Name the school, university or provider, e.g. \"Open University\".")
            .MaximumLength(Education.InstitutionMaxLength).WithMessage($"Keep the name to {Education.InstitutionMaxLength} characters or fewer.");
        RuleFor(x => x.Qualification).MaximumLength(Education.QualificationMaxLength).WithMessage($"Keep the qualification to {Education.QualificationMaxLength} characters or fewer.");
        RuleFor(x => x.FieldOfStudy).MaximumLength(Education.FieldMaxLength).WithMessage($"Keep the field of study to {Education.FieldMaxLength} characters or fewer.");
        RuleFor(x => x.Started).MonthOrYear("start");
        RuleFor(x => x.Ended).MonthOrYear("end")
            .Must((x, end) => HistoryDates.EndNotBeforeStart(x.Started, end)).WithMessage("The end cannot be before the start.");
        RuleFor(x => x.Notes).MaximumLength(Education.NotesMaxLength).WithMessage($"Keep the notes to {Education.NotesMaxLength} characters or fewer.");
        RuleFor(x => x.Skills).MaximumLength(Position.SkillsMaxLength).WithMessage($"Keep the skills to {Position.SkillsMaxLength} characters or fewer.");
    }
}

public sealed class CertificationInput : IHistoryInput<CertificationInput, Certification>
{
    [Display(Name = "Certification or licence")]
    public string? Name { get; set; }

    [Display(Name = "Issued by (optional)")]
    public string? Issuer { get; set; }

    [Display(Name = "Issued on (optional)")]
    public DateOnly? IssuedOn { get; set; }

    [Display(Name = "Expires on (optional)")]
    public DateOnly? ExpiresOn { get; set; }

    [Display(Name = "Credential web address (optional)")]
    public string? CredentialUrl { get; set; }

    [Display(Name = "Credential id (optional)")]
    public string? CredentialId { get; set; }

    public Guid Version { get; set; }

    public static CertificationInput From(Certification c) => new()
    {
        Name = c.Name, Issuer = c.Issuer, IssuedOn = c.IssuedOn, ExpiresOn = c.ExpiresOn, CredentialUrl = c.CredentialUrl,
        CredentialId = c.CredentialId, Version = c.Version,
    };

    public void ApplyTo(Certification c)
    {
        c.Name = Name!.Trim();
        c.Issuer = Issuer.TrimToNull();
        c.IssuedOn = IssuedOn;
        c.ExpiresOn = ExpiresOn;
        c.CredentialUrl = CredentialUrl.TrimToNull();
        c.CredentialId = CredentialId.TrimToNull();
        c.Touch();
    }
}

public sealed class CertificationInputValidator : AbstractValidator<CertificationInput>
{
    public CertificationInputValidator()
    {
        RuleFor(x => x.Name)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Name the certification or licence, e.g. \"AWS Certified Developer\".")
            .MaximumLength(Certification.NameMaxLength).WithMessage($"Keep the name to {Certification.NameMaxLength} characters or fewer.");
        RuleFor(x => x.Issuer).MaximumLength(Certification.IssuerMaxLength).WithMessage($"Keep the issuer to {Certification.IssuerMaxLength} characters or fewer.");
        RuleFor(x => x.IssuedOn).Must(d => d is not { } v || v.Year is >= MonthOrYear.MinYear and <= MonthOrYear.MaxYear)
            .WithMessage($"Give a date between {MonthOrYear.MinYear} and {MonthOrYear.MaxYear}.");
        RuleFor(x => x.ExpiresOn).Must(d => d is not { } v || v.Year is >= MonthOrYear.MinYear and <= MonthOrYear.MaxYear)
            .WithMessage($"Give a date between {MonthOrYear.MinYear} and {MonthOrYear.MaxYear}.")
            .Must((x, expires) => x.IssuedOn is not { } issued || expires is not { } e || e >= issued).WithMessage("It cannot expire before it was issued.");
        RuleFor(x => x.CredentialUrl).OptionalHttpUrl(Certification.UrlMaxLength);
        RuleFor(x => x.CredentialId).MaximumLength(Certification.CredentialIdMaxLength).WithMessage($"Keep the credential id to {Certification.CredentialIdMaxLength} characters or fewer.");
    }
}

public sealed class LanguageInput : IHistoryInput<LanguageInput, Language>
{
    [Display(Name = "Language")]
    public string? Name { get; set; }

    [Display(Name = "How well you speak it")]
    public LanguageProficiency? Proficiency { get; set; }

    public Guid Version { get; set; }

    public static LanguageInput From(Language l) => new() { Name = l.Name, Proficiency = l.Proficiency, Version = l.Version };

    public void ApplyTo(Language l)
    {
        l.Name = Name!.Trim();
        l.Proficiency = Proficiency!.Value;
        l.Touch();
    }
}

public sealed class LanguageInputValidator : AbstractValidator<LanguageInput>
{
    public LanguageInputValidator()
    {
        RuleFor(x => x.Name)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Name the language, e.g. \"Spanish\".")
            .MaximumLength(Language.NameMaxLength).WithMessage($"Keep the name to {Language.NameMaxLength} characters or fewer.");
        RuleFor(x => x.Proficiency).NotNull().WithMessage("Choose how well you speak it.")
            .IsInEnum().WithMessage("Choose how well you speak it.");
    }
}
