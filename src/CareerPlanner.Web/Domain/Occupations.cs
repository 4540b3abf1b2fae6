namespace CareerPlanner.Web.Domain;

/// <summary>
/// One occupation of the catalogue (O*NET): reference data shared by everyone, owned by no one, replaced as a whole
/// when a new release is imported. The six interest scores are O*NET's RIASEC profile on its 1–7 scale, in our names:
/// Realistic = hands-on, Artistic = creative, Social = helping, Enterprising = leading, Conventional = organising.
/// </summary>
public class Occupation
{
    private Occupation()
    {
    }

    public Occupation(string code, string title, string description)
    {
        Code = code;
        Title = title;
        Description = description;
    }

    public const int CodeMaxLength = 10;

    /// <summary>The O*NET-SOC code, such as 15-1252.00.</summary>
    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>1 (little or no preparation) to 5 (extensive preparation); null when the release has none.</summary>
    public int? JobZone { get; set; }

    public double? HandsOn { get; set; }
    public double? Investigative { get; set; }
    public double? Creative { get; set; }
    public double? Helping { get; set; }
    public double? Leading { get; set; }
    public double? Organising { get; set; }

    public bool HasInterests => HandsOn is not null && Investigative is not null && Creative is not null && Helping is not null && Leading is not null && Organising is not null;

    public IReadOnlyList<AreaScore>? Interests => HasInterests
        ? InterestTest.Profile(HandsOn!.Value, Investigative!.Value, Creative!.Value, Helping!.Value, Leading!.Value, Organising!.Value)
        : null;
}

/// <summary>Another title an occupation is known by ("DevOps Engineer" for Software Developers).</summary>
public class OccupationTitle
{
    private OccupationTitle()
    {
    }

    public OccupationTitle(string occupationCode, string title)
    {
        OccupationCode = occupationCode;
        Title = title;
    }

    public int Id { get; private set; }
    public string OccupationCode { get; private set; } = "";
    public string Title { get; private set; } = "";
}

public enum OccupationElementKind
{
    Skill = 1,
    Knowledge = 2,
}

/// <summary>A skill or knowledge area an occupation asks for: importance 1–5 and level 0–7, O*NET's scales.</summary>
public class OccupationElement
{
    private OccupationElement()
    {
    }

    public OccupationElement(string occupationCode, OccupationElementKind kind, string name, double importance, double? level)
    {
        OccupationCode = occupationCode;
        Kind = kind;
        Name = name;
        Importance = importance;
        Level = level;
    }

    public int Id { get; private set; }
    public string OccupationCode { get; private set; } = "";
    public OccupationElementKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public double Importance { get; private set; }
    public double? Level { get; private set; }
}

/// <summary>A piece of software or technology used in an occupation, "hot" (often in job postings) and "in demand".</summary>
public class OccupationTechnology
{
    private OccupationTechnology()
    {
    }

    public OccupationTechnology(string occupationCode, string name, string? category, bool hot, bool inDemand)
    {
        OccupationCode = occupationCode;
        Name = name;
        Category = category;
        Hot = hot;
        InDemand = inDemand;
    }

    public int Id { get; private set; }
    public string OccupationCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Category { get; private set; }
    public bool Hot { get; private set; }
    public bool InDemand { get; private set; }
}

/// <summary>An occupation related to another, in O*NET's order (1 is the closest).</summary>
public class RelatedOccupation
{
    private RelatedOccupation()
    {
    }

    public RelatedOccupation(string occupationCode, string relatedCode, int rank)
    {
        OccupationCode = occupationCode;
        RelatedCode = relatedCode;
        Rank = rank;
    }

    public string OccupationCode { get; private set; } = "";
    public string RelatedCode { get; private set; } = "";
    public int Rank { get; private set; }
}

/// <summary>What a job zone means, from the release's own reference.</summary>
public class JobZone
{
    private JobZone()
    {
    }

    public JobZone(int zone, string name, string experience, string education)
    {
        Zone = zone;
        Name = name;
        Experience = experience;
        Education = education;
    }

    public int Zone { get; private set; }
    public string Name { get; private set; } = "";
    public string Experience { get; private set; } = "";
    public string Education { get; private set; } = "";
}

/// <summary>The catalogue's release: one row, replaced with the catalogue.</summary>
public class OccupationRelease
{
    private OccupationRelease()
    {
    }

    public OccupationRelease(string name, DateTime importedAtUtc)
    {
        Name = name;
        ImportedAtUtc = importedAtUtc;
    }

    public int Id { get; private set; }

    /// <summary>"O*NET 29.3 Database".</summary>
    public string Name { get; private set; } = "";
    public DateTime ImportedAtUtc { get; private set; }
}

/// <summary>
/// A person's word that one of their skills covers a skill an option demands under another name ("Cloud
/// infrastructure (AWS)" covers "Amazon Web Services"): remembered for every option of every plan.
/// </summary>
public class SkillCoverage
{
    public const int NameMaxLength = Skill.NameMaxLength;

    private SkillCoverage()
    {
    }

    public SkillCoverage(int skillId, string demandedName)
    {
        SkillId = skillId;
        DemandedName = demandedName.Trim();
        NormalizedDemandedName = Skill.Normalize(demandedName);
    }

    public int Id { get; private set; }
    public int SkillId { get; private set; }

    /// <summary>The demanded skill's name as the option wrote it.</summary>
    public string DemandedName { get; private set; } = "";
    public string NormalizedDemandedName { get; private set; } = "";
}

/// <summary>
/// How well an occupation's interests fit a person's: the Pearson correlation of the two six-area profiles (the
/// person's 1–5 means against the occupation's 1–7 scores; correlation ignores the difference of scale), from −1 to
/// 1. Ties are broken by how many of the person's two strongest areas are also the occupation's two strongest. A flat
/// profile (all six equal) correlates with nothing and scores 0.
/// </summary>
public static class InterestFit
{
    public sealed record Fit(double Correlation, int SharedTopAreas, IReadOnlyList<InterestArea> OccupationTop);

    public static Fit Of(IReadOnlyList<AreaScore> person, IReadOnlyList<AreaScore> occupation)
    {
        var p = InterestTest.Areas.Select(a => person.Single(s => s.Area == a).Mean).ToArray();
        var o = InterestTest.Areas.Select(a => occupation.Single(s => s.Area == a).Mean).ToArray();
        var (pm, om) = (p.Average(), o.Average());
        var covariance = p.Zip(o, (x, y) => (x - pm) * (y - om)).Sum();
        var spread = Math.Sqrt(p.Sum(x => (x - pm) * (x - pm)) * o.Sum(y => (y - om) * (y - om)));
        var personTop = InterestTest.Rank(person).Take(2).Select(s => s.Area).ToList();
        var occupationTop = InterestTest.Rank(occupation).Take(2).Select(s => s.Area).ToList();
        return new Fit(spread == 0 ? 0 : covariance / spread, personTop.Count(occupationTop.Contains), occupationTop);
    }

    /// <summary>Best fit first: higher correlation, then more shared top areas, then title.</summary>
    public static IEnumerable<(T Item, Fit Fit)> Rank<T>(IReadOnlyList<AreaScore> person, IEnumerable<(T Item, IReadOnlyList<AreaScore> Interests, string Title)> occupations) =>
        occupations.Select(o => (o.Item, Fit: Of(person, o.Interests), o.Title))
            .OrderByDescending(x => Math.Round(x.Fit.Correlation, 6)).ThenByDescending(x => x.Fit.SharedTopAreas).ThenBy(x => x.Title, StringComparer.Ordinal)
            .Select(x => (x.Item, x.Fit));
}

/// <summary>
/// How an occupation's demands become an option's demanded skills: the skills and knowledge of importance 3.5 or more
/// (most important first, at most 12), with O*NET's level (0–7) mapped to our 1–5 scale as 1 + level × 4 / 7, rounded
/// (0 → 1, 3.5 → 3, 7 → 5); then the technologies marked in demand or hot (in demand first, at most 5), asked at
/// level 3. An occupation with no skill ratings gets its technologies alone.
/// </summary>
public static class OccupationDemands
{
    public const double MinImportance = 3.5;
    public const int MaxElements = 12;
    public const int MaxTechnologies = 5;
    public const int TechnologyLevel = 3;

    public static int Level(double? onetLevel) =>
        onetLevel is { } level ? Math.Clamp((int)Math.Round(1 + (level * 4 / 7), MidpointRounding.AwayFromZero), Skill.MinRating, Skill.MaxRating) : TechnologyLevel;

    public static IReadOnlyList<(string Name, int Level)> From(IEnumerable<OccupationElement> elements, IEnumerable<OccupationTechnology> technologies)
    {
        var chosen = elements.Where(e => e.Importance >= MinImportance)
            .OrderByDescending(e => e.Importance).ThenBy(e => e.Name, StringComparer.Ordinal).Take(MaxElements)
            .Select(e => (e.Name, Level(e.Level))).ToList();
        var names = chosen.Select(c => Skill.Normalize(c.Name)).ToHashSet(StringComparer.Ordinal);
        var asked = technologies.Where(t => t.InDemand || t.Hot)
            .OrderByDescending(t => t.InDemand).ThenByDescending(t => t.Hot).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Where(t => names.Add(Skill.Normalize(t.Name))).Take(MaxTechnologies)
            .Select(t => (t.Name, TechnologyLevel));
        return [.. chosen, .. asked];
    }
}
