namespace CareerPlanner.Web.Pages;

/// <summary>Which of the person's own lists a <see cref="PersonRow"/> comes from.</summary>
public enum PersonPart
{
    Item = 1,
    Skill = 2,
    Reflection = 3,
    InterestScore = 4,
    Position = 5,
    Education = 6,
    Certification = 7,
    Language = 8,
    Brand = 9,
    BrandPitch = 10,
    BrandChannel = 11,
    SkillCover = 12,
}

/// <summary>
/// A row of the person's own data — self-assessment, interest test, career history, personal brand — in the one shape
/// their parts share, so that a page needing several reads them as one UNION ALL (<see cref="Infrastructure.QueryParts"/>).
/// Each part's query says which column carries what; <see cref="Kind"/> is an enum's stored name, parsed back by the part.
/// </summary>
public sealed class PersonRow
{
    public PersonPart Part { get; init; }
    public int Id { get; init; }
    public string? Kind { get; init; }
    public string? Text { get; init; }
    public string? Note { get; init; }
    public string? Detail { get; init; }
    public double? Number { get; init; }
    public DateOnly? From { get; init; }
    public bool FromYearOnly { get; init; }
    public DateOnly? To { get; init; }
    public bool ToYearOnly { get; init; }
    public Guid? Stamp { get; init; }
}
