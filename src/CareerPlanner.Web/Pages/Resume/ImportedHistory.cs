namespace CareerPlanner.Web.Pages.Resume;

public sealed record ImportedPosition(string Employer, string Title, string? Location, MonthOrYear Start, MonthOrYear? End, string? Description, string? Highlights);

public sealed record ImportedEducation(string Institution, string? Qualification, string? FieldOfStudy, MonthOrYear? Start, MonthOrYear? End, string? Notes);

public sealed record ImportedCertification(string Name, string? Issuer, DateOnly? IssuedOn, DateOnly? ExpiresOn, string? CredentialUrl, string? CredentialId);

public sealed record ImportedLanguage(string Name, LanguageProficiency Proficiency);

/// <summary>A skill from a file, with its rating when the file gives a level (JSON Resume does, LinkedIn does not).</summary>
public sealed record ImportedSkill(string Name, int? Rating);

/// <summary>An award or honour from a file, as an achievement (undated ones are not read: an achievement has a date).</summary>
public sealed record ImportedAchievement(DateOnly Date, string What, string? Impact);

public sealed record ImportedContact(string Name, string? Organisation, string? Role, string? Email, string? ProfileUrl, DateOnly? ConnectedOn);

/// <summary>A career history read from a LinkedIn data export or a JSON Resume file, before anything is written.</summary>
public sealed record ImportedHistory(
    string? Headline,
    string? Summary,
    IReadOnlyList<ImportedPosition> Positions,
    IReadOnlyList<ImportedEducation> Education,
    IReadOnlyList<ImportedSkill> Skills,
    IReadOnlyList<ImportedCertification> Certifications,
    IReadOnlyList<ImportedLanguage> Languages,
    IReadOnlyList<ImportedContact> Contacts,
    IReadOnlyList<ImportedAchievement> Achievements);

/// <summary>A file that cannot be imported, with what is wrong in the person's words (nothing is written).</summary>
public sealed class ImportRefusedException(string message) : Exception(message);

public enum ImportSection
{
    Profile = 1,
    Positions = 2,
    Education = 3,
    Skills = 4,
    Certifications = 5,
    Languages = 6,
    Contacts = 7,
    Achievements = 8,
}

/// <summary>One section of an import as the preview shows it.</summary>
public sealed record SectionPreview(ImportSection Section, int InFile, int New)
{
    public int AlreadyThere => InFile - New;

    public string Title => Section switch
    {
        ImportSection.Profile => "Headline and summary (into your personal brand, where empty)",
        ImportSection.Positions => "Positions",
        ImportSection.Education => "Education",
        ImportSection.Skills => "Skills (added as not yet rated)",
        ImportSection.Certifications => "Certifications and licences",
        ImportSection.Languages => "Languages",
        ImportSection.Contacts => "Contacts (into your network)",
        ImportSection.Achievements => "Awards and honours (into your achievements)",
        _ => Section.ToString(),
    };
}
