using System.Globalization;

namespace CareerPlanner.Web.Domain;

/// <summary>
/// A date known to the month ("Mar 2021") or only to the year ("2021"), as résumés, LinkedIn and JSON Resume give
/// them. Stored as the first day of that month (or of January) and a flag saying the month is not known.
/// </summary>
public readonly record struct MonthOrYear(DateOnly Date, bool YearOnly)
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    private static readonly string[] MonthFormats = ["MMM yyyy", "MMMM yyyy", "yyyy-MM", "MM/yyyy", "M/yyyy", "yyyy-MM-dd", "MMM d, yyyy", "MMMM d, yyyy", "d MMM yyyy"];

    public static MonthOrYear Month(int year, int month) => new(new DateOnly(year, month, 1), false);

    public static MonthOrYear? From(DateOnly? date, bool yearOnly) => date is { } d ? new MonthOrYear(d, yearOnly) : null;

    /// <summary>Reads "Jan 2021", "January 2021", "2021-01", "01/2021", "2021" or a whole date (its day is dropped).</summary>
    public static bool TryParse(string? text, out MonthOrYear value)
    {
        value = default;
        var trimmed = text?.Trim().Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase) ?? "";
        if (trimmed.Length is 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            if (year is < MinYear or > MaxYear)
            {
                return false;
            }
            value = new MonthOrYear(new DateOnly(year, 1, 1), true);
            return true;
        }
        if (!DateOnly.TryParseExact(trimmed, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            || date.Year is < MinYear or > MaxYear)
        {
            return false;
        }
        value = Month(date.Year, date.Month);
        return true;
    }

    /// <summary>The last day this month or year covers (a finished position ended some time in it).</summary>
    public DateOnly LastDay => YearOnly ? new DateOnly(Date.Year, 12, 31) : Date.AddMonths(1).AddDays(-1);

    /// <summary>"Mar 2021" or "2021", the way the forms and the résumé show it.</summary>
    public override string ToString() => YearOnly
        ? Date.Year.ToString(CultureInfo.InvariantCulture)
        : Date.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2021-03" or "2021", the ISO 8601 form JSON Resume uses.</summary>
    public string ToIso() => YearOnly
        ? Date.Year.ToString(CultureInfo.InvariantCulture)
        : Date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"Mar 2021 – now", "2015 – 2019".</summary>
    public static string Span(MonthOrYear? start, MonthOrYear? end, bool current) =>
        (start, end, current) switch
        {
            ({ } s, _, true) => $"{s} – now",
            ({ } s, { } e, _) when s == e => s.ToString(),
            ({ } s, { } e, _) => $"{s} – {e}",
            ({ } s, null, _) => $"from {s}",
            (null, { } e, _) => $"until {e}",
            _ => "",
        };
}

/// <summary>A job the person held (or holds), with what they achieved in it.</summary>
public class Position
{
    public const int EmployerMaxLength = 200;
    public const int TitleMaxLength = 200;
    public const int LocationMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int HighlightsMaxLength = 3000;
    public const int MaxHighlights = 12;
    public const int SkillsMaxLength = 500;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private Position()
    {
    }

    public Position(string userId)
    {
        UserId = userId;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Employer { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Location { get; set; }
    public DateOnly StartedOn { get; set; }
    public bool StartedYearOnly { get; set; }

    /// <summary>Null while the person still holds the position.</summary>
    public DateOnly? EndedOn { get; set; }

    public bool EndedYearOnly { get; set; }
    public string? Description { get; set; }

    /// <summary>Highlights, one per line, in the person's order.</summary>
    public string? Highlights { get; set; }

    /// <summary>Skills the position used, as the person typed them ("SQL, negotiation").</summary>
    public string? Skills { get; set; }

    public bool OnResume { get; set; } = true;
    public Guid Version { get; private set; }

    public MonthOrYear Start => new(StartedOn, StartedYearOnly);
    public MonthOrYear? End => MonthOrYear.From(EndedOn, EndedYearOnly);
    public bool IsCurrent => EndedOn is null;

    public void Touch() => Version = Guid.NewGuid();

    /// <summary>The highlights as a list: one per line, list marks ("- ", "• ") dropped, empty lines skipped.</summary>
    public static IReadOnlyList<string> HighlightList(string? highlights) =>
        [.. (highlights ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.TrimStart('-', '•', '*', ' ')).Where(line => line.Length > 0)];
}

/// <summary>A school, university or course of study and what it led to.</summary>
public class Education
{
    public const int InstitutionMaxLength = 200;
    public const int QualificationMaxLength = 200;
    public const int FieldMaxLength = 200;
    public const int NotesMaxLength = 2000;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private Education()
    {
    }

    public Education(string userId)
    {
        UserId = userId;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Institution { get; set; } = "";
    public string? Qualification { get; set; }
    public string? FieldOfStudy { get; set; }
    public DateOnly? StartedOn { get; set; }
    public bool StartedYearOnly { get; set; }
    public DateOnly? EndedOn { get; set; }
    public bool EndedYearOnly { get; set; }
    public string? Notes { get; set; }

    /// <summary>Skills the study gave, as the person typed them.</summary>
    public string? Skills { get; set; }

    public bool OnResume { get; set; } = true;
    public Guid Version { get; private set; }

    public MonthOrYear? Start => MonthOrYear.From(StartedOn, StartedYearOnly);
    public MonthOrYear? End => MonthOrYear.From(EndedOn, EndedYearOnly);

    public void Touch() => Version = Guid.NewGuid();

    /// <summary>"BSc in Computer Science", "BSc", "Computer Science" or nothing.</summary>
    public static string? Studied(string? qualification, string? fieldOfStudy) => (qualification, fieldOfStudy) switch
    {
        ({ } q, { } f) => $"{q} in {f}",
        ({ } q, null) => q,
        (null, { } f) => f,
        _ => null,
    };
}

/// <summary>A certification or licence, with when it runs out.</summary>
public class Certification
{
    public const int NameMaxLength = 200;
    public const int IssuerMaxLength = 200;
    public const int UrlMaxLength = 500;
    public const int CredentialIdMaxLength = 200;

    /// <summary>An expiry this close shows on the dashboard.</summary>
    public const int ExpiryWarningDays = 60;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private Certification()
    {
    }

    public Certification(string userId)
    {
        UserId = userId;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Name { get; set; } = "";
    public string? Issuer { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public string? CredentialUrl { get; set; }
    public string? CredentialId { get; set; }
    public bool OnResume { get; set; } = true;
    public Guid Version { get; private set; }

    public void Touch() => Version = Guid.NewGuid();

    /// <summary>True when it runs out within <see cref="ExpiryWarningDays"/> days of today (or ran out in that time).</summary>
    public static bool ExpiresSoon(DateOnly? expiresOn, DateOnly today) =>
        expiresOn is { } e && e >= today.AddDays(-ExpiryWarningDays) && e <= today.AddDays(ExpiryWarningDays);
}

public enum LanguageProficiency
{
    Elementary = 1,
    LimitedWorking = 2,
    ProfessionalWorking = 3,
    FullProfessional = 4,
    NativeOrBilingual = 5,
}

/// <summary>A language the person speaks, and how well.</summary>
public class Language
{
    public const int NameMaxLength = 100;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private Language()
    {
    }

    public Language(string userId)
    {
        UserId = userId;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Name { get; set; } = "";
    public LanguageProficiency Proficiency { get; set; }
    public bool OnResume { get; set; } = true;
    public Guid Version { get; private set; }

    public void Touch() => Version = Guid.NewGuid();

    public static string Label(LanguageProficiency proficiency) => proficiency switch
    {
        LanguageProficiency.Elementary => "Elementary",
        LanguageProficiency.LimitedWorking => "Limited working",
        LanguageProficiency.ProfessionalWorking => "Professional working",
        LanguageProficiency.FullProfessional => "Full professional",
        LanguageProficiency.NativeOrBilingual => "Native or bilingual",
        _ => "",
    };

    /// <summary>LinkedIn's and JSON Resume's words for a proficiency ("Native or bilingual proficiency", "Fluent").</summary>
    public static LanguageProficiency? ReadProficiency(string? text)
    {
        var words = (text ?? "").Trim().ToUpperInvariant();
        return words switch
        {
            "" => null,
            _ when words.Contains("NATIVE", StringComparison.Ordinal) || words.Contains("BILINGUAL", StringComparison.Ordinal) || words.Contains("MOTHER", StringComparison.Ordinal) => LanguageProficiency.NativeOrBilingual,
            _ when words.Contains("FULL", StringComparison.Ordinal) || words.Contains("FLUENT", StringComparison.Ordinal) => LanguageProficiency.FullProfessional,
            _ when words.Contains("LIMITED", StringComparison.Ordinal) => LanguageProficiency.LimitedWorking,
            _ when words.Contains("PROFESSIONAL", StringComparison.Ordinal) || words.Contains("ADVANCED", StringComparison.Ordinal) => LanguageProficiency.ProfessionalWorking,
            _ when words.Contains("ELEMENTARY", StringComparison.Ordinal) || words.Contains("BEGINNER", StringComparison.Ordinal) || words.Contains("BASIC", StringComparison.Ordinal) => LanguageProficiency.Elementary,
            _ when words.Contains("INTERMEDIATE", StringComparison.Ordinal) => LanguageProficiency.LimitedWorking,
            _ => null,
        };
    }
}

public enum ResumeSection
{
    Experience = 1,
    Skills = 2,
    Education = 3,
    Certifications = 4,
    Languages = 5,
    Learning = 6,
}

/// <summary>The person's choices for their résumé: its own headline and summary, and the order of its sections.</summary>
public class ResumeSettings
{
    public const int HeadlineMaxLength = 200;
    public const int SummaryMaxLength = 2000;
    public const int SectionOrderMaxLength = 200;

    public static readonly IReadOnlyList<ResumeSection> DefaultOrder =
        [ResumeSection.Experience, ResumeSection.Skills, ResumeSection.Education, ResumeSection.Certifications, ResumeSection.Languages, ResumeSection.Learning];

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private ResumeSettings()
    {
    }

    public ResumeSettings(string userId)
    {
        UserId = userId;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string? Headline { get; set; }
    public string? Summary { get; set; }

    /// <summary>The sections in the person's order, by name ("Experience,Skills,…").</summary>
    public string SectionOrder { get; set; } = string.Join(',', DefaultOrder);

    public Guid Version { get; private set; }

    public void Touch() => Version = Guid.NewGuid();

    /// <summary>The saved order with any section it lacks appended in the default order (unknown names dropped).</summary>
    public static IReadOnlyList<ResumeSection> Order(string? saved)
    {
        var order = (saved ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<ResumeSection>(name, out var section) && Enum.IsDefined(section) ? section : (ResumeSection?)null)
            .OfType<ResumeSection>().Distinct().ToList();
        order.AddRange(DefaultOrder.Where(s => !order.Contains(s)));
        return order;
    }

    /// <summary>The order with one section moved one place up (-1) or down (+1).</summary>
    public static IReadOnlyList<ResumeSection> Move(IReadOnlyList<ResumeSection> order, ResumeSection section, int by)
    {
        var list = order.ToList();
        var at = list.IndexOf(section);
        var to = at + by;
        if (at < 0 || to < 0 || to >= list.Count)
        {
            return list;
        }
        (list[at], list[to]) = (list[to], list[at]);
        return list;
    }

    /// <summary>Whether a skill is on the résumé: the person's choice, or else rated 3 (competent) or more.</summary>
    public static bool ShowsSkill(bool? onResume, int? rating) => onResume ?? rating >= 3;
}
