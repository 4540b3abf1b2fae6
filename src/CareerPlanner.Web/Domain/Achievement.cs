namespace CareerPlanner.Web.Domain;

/// <summary>A win worth remembering at review time, with its impact.</summary>
public class Achievement
{
    public const int WhatMaxLength = 300;
    public const int ImpactMaxLength = 2000;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private Achievement()
    {
    }

    public Achievement(string userId, DateOnly date, string what, string? impact)
    {
        Version = Guid.NewGuid();
        UserId = userId;
        Date = date;
        What = what.Trim();
        Impact = impact.TrimToNull();
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public string What { get; private set; } = "";
    public string? Impact { get; private set; }
    /// <summary>The position (job) it was achieved in, shown with that position on the history and the résumé.</summary>
    public int? PositionId { get; set; }

    /// <summary>Shown on the résumé (under its position, or among the awards).</summary>
    public bool OnResume { get; set; } = true;

    public List<AchievementGoalLink> Goals { get; private set; } = [];
    public List<AchievementSkillLink> Skills { get; private set; } = [];
    public Guid Version { get; private set; }

    public void Update(DateOnly date, string what, string? impact)
    {
        Date = date;
        What = what.Trim();
        Impact = impact.TrimToNull();
        Version = Guid.NewGuid();
    }

    /// <summary>Links exactly these goals and skills (ids the person owns, checked by the caller).</summary>
    public void LinkTo(IEnumerable<int> goalIds, IEnumerable<int> skillIds)
    {
        var goals = goalIds.ToHashSet();
        var skills = skillIds.ToHashSet();
        Goals.RemoveAll(l => !goals.Contains(l.GoalId));
        Goals.AddRange(goals.Where(id => Goals.All(l => l.GoalId != id)).Select(id => new AchievementGoalLink(id)));
        Skills.RemoveAll(l => !skills.Contains(l.SkillId));
        Skills.AddRange(skills.Where(id => Skills.All(l => l.SkillId != id)).Select(id => new AchievementSkillLink(id)));
    }
}

public class AchievementGoalLink
{
    private AchievementGoalLink()
    {
    }

    public AchievementGoalLink(int goalId) => GoalId = goalId;

    public int AchievementId { get; private set; }
    public int GoalId { get; private set; }
}

public class AchievementSkillLink
{
    private AchievementSkillLink()
    {
    }

    public AchievementSkillLink(int skillId) => SkillId = skillId;

    public int AchievementId { get; private set; }
    public int SkillId { get; private set; }
}
