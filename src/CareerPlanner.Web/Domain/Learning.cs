namespace CareerPlanner.Web.Domain;

public enum LearningKind
{
    Book = 1,
    Course = 2,
    Article = 3,
    Conference = 4,
    Mentoring = 5,
    Other = 6,
}

public enum LearningStatus
{
    Planned = 1,
    InProgress = 2,
    Finished = 3,
}

/// <summary>Something the person reads, takes or attends to learn, and the skills it builds.</summary>
public class LearningItem
{
    public const int TitleMaxLength = 200;
    public const int LearnedMaxLength = 4000;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private LearningItem()
    {
    }

    public LearningItem(string userId)
    {
        UserId = userId;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Title { get; set; } = "";
    public LearningKind Kind { get; set; }
    public LearningStatus Status { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? FinishedOn { get; set; }
    public string? Learned { get; set; }

    /// <summary>On the résumé (once completed): the person chooses; nothing is shown until they do.</summary>
    public bool OnResume { get; set; }

    public List<LearningSkillLink> Skills { get; private set; } = [];
    public Guid Version { get; private set; }

    public void Touch() => Version = Guid.NewGuid();

    public void LinkSkills(IEnumerable<int> skillIds)
    {
        var wanted = skillIds.ToHashSet();
        Skills.RemoveAll(l => !wanted.Contains(l.SkillId));
        Skills.AddRange(wanted.Where(id => Skills.All(l => l.SkillId != id)).Select(id => new LearningSkillLink(id)));
    }
}

public class LearningSkillLink
{
    private LearningSkillLink()
    {
    }

    public LearningSkillLink(int skillId) => SkillId = skillId;

    public int LearningItemId { get; private set; }
    public int SkillId { get; private set; }
}
