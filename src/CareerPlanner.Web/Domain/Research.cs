namespace CareerPlanner.Web.Domain;

/// <summary>Something that belongs to a plan (and so to the plan's owner).</summary>
public interface IPlanOwned
{
    int PlanId { get; }
}

public enum CareerOptionStatus
{
    Exploring = 1,
    Shortlisted = 2,
    ChosenTarget = 3,
    Rejected = 4,
}

public static class CareerOptionStatuses
{
    public static string Title(this CareerOptionStatus status) => status switch
    {
        CareerOptionStatus.ChosenTarget => "Chosen target",
        _ => status.ToString(),
    };
}

/// <summary>A career the person is considering for this plan.</summary>
public class CareerOption : IPlanOwned
{
    public const int TitleMaxLength = 120;
    public const int TextMaxLength = 2000;
    public const int ReasonMaxLength = 500;

    private CareerOption()
    {
    }

    public CareerOption(int planId, DateTime nowUtc)
    {
        PlanId = planId;
        CreatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public string Title { get; private set; } = "";
    public string? WhyItFits { get; private set; }
    public string? Pros { get; private set; }
    public string? Cons { get; private set; }
    public int FitRating { get; private set; }
    public CareerOptionStatus Status { get; private set; } = CareerOptionStatus.Exploring;
    public string? RejectionReason { get; private set; }

    /// <summary>The catalogue occupation this option was researched from (an O*NET-SOC code), kept when the catalogue is replaced.</summary>
    public string? OccupationCode { get; set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid Version { get; private set; }

    /// <summary>The strengths, interests and values this option draws on.</summary>
    public List<CareerOptionFit> Fits { get; private set; } = [];

    public void Update(string title, string? whyItFits, string? pros, string? cons, int fitRating,
        CareerOptionStatus status, string? rejectionReason, IEnumerable<int> fitItemIds)
    {
        Title = title.Trim();
        WhyItFits = whyItFits.TrimToNull();
        Pros = pros.TrimToNull();
        Cons = cons.TrimToNull();
        FitRating = fitRating;
        Status = status;
        RejectionReason = status == CareerOptionStatus.Rejected ? rejectionReason.TrimToNull() : null;
        var wanted = fitItemIds.ToHashSet();
        Fits.RemoveAll(f => !wanted.Contains(f.SelfAssessmentItemId));
        Fits.AddRange(wanted.Where(id => Fits.All(f => f.SelfAssessmentItemId != id)).Select(id => new CareerOptionFit(id)));
        Version = Guid.NewGuid();
    }

    /// <summary>Makes this option the plan's chosen target (the caller steps any other target down).</summary>
    public void ChooseAsTarget()
    {
        Status = CareerOptionStatus.ChosenTarget;
        RejectionReason = null;
        Version = Guid.NewGuid();
    }

    /// <summary>A plan has at most one chosen target: choosing another makes this one shortlisted again.</summary>
    public void StepDownAsTarget()
    {
        Status = CareerOptionStatus.Shortlisted;
        Version = Guid.NewGuid();
    }

}

/// <summary>Links an option to one of the person's strengths, interests or values.</summary>
public class CareerOptionFit
{
    private CareerOptionFit()
    {
    }

    public CareerOptionFit(int selfAssessmentItemId) => SelfAssessmentItemId = selfAssessmentItemId;

    public int CareerOptionId { get; private set; }
    public int SelfAssessmentItemId { get; private set; }
}

/// <summary>A skill a career option demands, and at what level.</summary>
public class DemandedSkill
{
    public const int SourceMaxLength = 500;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private DemandedSkill()
    {
    }

    public DemandedSkill(int careerOptionId, string name, int requiredLevel, string? sourceUrl)
    {
        Version = Guid.NewGuid();
        CareerOptionId = careerOptionId;
        Name = name.Trim();
        RequiredLevel = requiredLevel;
        SourceUrl = sourceUrl.TrimToNull();
    }

    public int Id { get; private set; }
    public int CareerOptionId { get; private set; }
    public string Name { get; private set; } = "";
    public int RequiredLevel { get; private set; }
    public string? SourceUrl { get; private set; }
    public Guid Version { get; private set; }

    public void Update(string name, int requiredLevel, string? sourceUrl)
    {
        Name = name.Trim();
        RequiredLevel = requiredLevel;
        SourceUrl = sourceUrl.TrimToNull();
        Version = Guid.NewGuid();
    }
}

public enum ExplorationKind
{
    InformationalInterview = 1,
    JobShadowing = 2,
    Volunteering = 3,
    Event = 4,
    CourseTaster = 5,
    Reading = 6,
    Other = 7,
}

public static class ExplorationKinds
{
    public static string Title(this ExplorationKind kind) => kind switch
    {
        ExplorationKind.InformationalInterview => "Informational interview",
        ExplorationKind.JobShadowing => "Job shadowing",
        ExplorationKind.CourseTaster => "Course taster",
        _ => kind.ToString(),
    };
}

/// <summary>Something the person did to find out about a career: a conversation, a day shadowing, a course.</summary>
public class ExplorationActivity : IPlanOwned
{
    public const int ContactMaxLength = 200;
    public const int LearnedMaxLength = 4000;
    public const int FollowUpMaxLength = 500;

    private ExplorationActivity()
    {
    }

    public ExplorationActivity(int planId)
    {
        PlanId = planId;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public ExplorationKind Kind { get; private set; }
    public DateOnly Date { get; private set; }
    public string? Contact { get; private set; }
    public string? Learned { get; private set; }
    public bool FollowUpNeeded { get; private set; }
    public string? FollowUp { get; private set; }
    public int? CareerOptionId { get; private set; }
    public Guid Version { get; private set; }

    public void Update(ExplorationKind kind, DateOnly date, string? contact, string? learned, bool followUpNeeded, string? followUp, int? careerOptionId)
    {
        Kind = kind;
        Date = date;
        Contact = contact.TrimToNull();
        Learned = learned.TrimToNull();
        FollowUpNeeded = followUpNeeded;
        FollowUp = followUpNeeded && !string.IsNullOrWhiteSpace(followUp) ? followUp.Trim() : null;
        CareerOptionId = careerOptionId;
        Version = Guid.NewGuid();
    }
}

/// <summary>A note from reading or research, with where it came from.</summary>
public class ResearchNote : IPlanOwned
{
    public const int TextMaxLength = 4000;
    public const int SourceMaxLength = 500;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private ResearchNote()
    {
    }

    public ResearchNote(int planId, string text, string? sourceUrl, DateTime nowUtc, int? careerOptionId = null)
    {
        Version = Guid.NewGuid();
        PlanId = planId;
        Text = text.Trim();
        SourceUrl = sourceUrl.TrimToNull();
        CreatedAtUtc = nowUtc;
        CareerOptionId = careerOptionId;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public string Text { get; private set; } = "";
    public string? SourceUrl { get; private set; }

    /// <summary>The career option the note is about, if any.</summary>
    public int? CareerOptionId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid Version { get; private set; }

    public void Update(string text, string? sourceUrl, int? careerOptionId)
    {
        Text = text.Trim();
        SourceUrl = sourceUrl.TrimToNull();
        CareerOptionId = careerOptionId;
        Version = Guid.NewGuid();
    }
}

public enum GapStatus
{
    Missing = 1,
    Below = 2,
    Met = 3,
}

public sealed record SkillGapRow(string Name, int Required, int? Current, int Gap, GapStatus Status, string? CoveredBy = null);

/// <summary>
/// Compares what an option demands with the person's skills inventory. A demanded skill matches an inventory
/// skill with the same name, ignoring case and surrounding spaces, or else the skill the person said covers it
/// (<see cref="SkillCoverage"/>). Missing: gap = the required level; below: gap = required − current; met: gap 0.
/// Rows are sorted by gap, largest first, then by name.
/// </summary>
public static class SkillGap
{
    public static IReadOnlyList<SkillGapRow> Calculate(
        IEnumerable<(string Name, int RequiredLevel)> demanded, IEnumerable<(string Name, int Rating)> inventory,
        IEnumerable<(string DemandedName, string SkillName, int Rating)>? covers = null)
    {
        var ratings = inventory
            .GroupBy(s => Skill.Normalize(s.Name))
            .ToDictionary(g => g.Key, g => g.Max(s => s.Rating));
        var covered = (covers ?? [])
            .GroupBy(c => Skill.Normalize(c.DemandedName))
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Rating));
        return [.. demanded
            .Select(d =>
            {
                var name = d.Name.Trim();
                string? coveredBy = null;
                if (!ratings.TryGetValue(Skill.Normalize(name), out var current))
                {
                    if (!covered.TryGetValue(Skill.Normalize(name), out var cover))
                    {
                        return new SkillGapRow(name, d.RequiredLevel, null, d.RequiredLevel, GapStatus.Missing);
                    }
                    (current, coveredBy) = (cover.Rating, cover.SkillName);
                }
                return current >= d.RequiredLevel
                    ? new SkillGapRow(name, d.RequiredLevel, current, 0, GapStatus.Met, coveredBy)
                    : new SkillGapRow(name, d.RequiredLevel, current, d.RequiredLevel - current, GapStatus.Below, coveredBy);
            })
            .OrderByDescending(r => r.Gap)
            .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Name, StringComparer.Ordinal)];
    }
}

/// <summary>
/// An option's skill gap in figures: demanded skills met (covered), below the level (partly covered) and missing; the
/// share covered, weighted by the demanded level (each skill counts its required level, of which the person's
/// rating covers up to that level: Σ min(rating, required) / Σ required); and the three biggest gaps, largest first.
/// No demanded skills: no share.
/// </summary>
public sealed record GapSummary(int Demanded, int Covered, int Partly, int Missing, double? CoveredShare, IReadOnlyList<SkillGapRow> BiggestGaps)
{
    public static GapSummary Of(IReadOnlyList<SkillGapRow> rows)
    {
        var required = rows.Sum(r => r.Required);
        return new GapSummary(
            rows.Count, rows.Count(r => r.Status == GapStatus.Met), rows.Count(r => r.Status == GapStatus.Below), rows.Count(r => r.Status == GapStatus.Missing),
            required == 0 ? null : (double)rows.Sum(r => Math.Min(r.Current ?? 0, r.Required)) / required,
            [.. rows.Where(r => r.Gap > 0).OrderByDescending(r => r.Gap).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Take(3)]);
    }
}
