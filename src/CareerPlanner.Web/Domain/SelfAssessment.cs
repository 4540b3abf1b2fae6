namespace CareerPlanner.Web.Domain;

/// <summary>The five lists of the self-assessment, which share one shape: a short text, an optional note, an order.</summary>
public enum SelfAssessmentKind
{
    Strength = 1,
    Weakness = 2,
    Interest = 3,
    Value = 4,
    Motivation = 5,
}

public static class SelfAssessmentKinds
{
    public static IReadOnlyList<SelfAssessmentKind> All { get; } = Enum.GetValues<SelfAssessmentKind>();

    public static string Plural(this SelfAssessmentKind kind) => kind switch
    {
        SelfAssessmentKind.Strength => "Strengths",
        SelfAssessmentKind.Weakness => "Weaknesses (areas to grow)",
        SelfAssessmentKind.Interest => "Interests",
        SelfAssessmentKind.Value => "Values",
        SelfAssessmentKind.Motivation => "Motivations",
        _ => kind.ToString(),
    };

    public static string Singular(this SelfAssessmentKind kind) => kind switch
    {
        SelfAssessmentKind.Weakness => "area to grow",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Prompt(this SelfAssessmentKind kind) => kind switch
    {
        SelfAssessmentKind.Strength => "What are you good at? Think of something you could back with an example.",
        SelfAssessmentKind.Weakness => "What would you like to get better at, or what holds you back?",
        SelfAssessmentKind.Interest => "What do you enjoy doing or learning about, at work or outside it?",
        SelfAssessmentKind.Value => "What must your work respect or give you (e.g. autonomy, fairness, stability)?",
        SelfAssessmentKind.Motivation => "What gets you out of bed for work: recognition, mastery, impact, money, people?",
        _ => "",
    };
}

/// <summary>One entry in one of the person's self-assessment lists.</summary>
public class SelfAssessmentItem
{
    public const int TextMaxLength = 200;
    public const int NoteMaxLength = 1000;

    private SelfAssessmentItem()
    {
    }

    public SelfAssessmentItem(string userId, SelfAssessmentKind kind, string text, string? note, int position)
    {
        UserId = userId;
        Kind = kind;
        Position = position;
        Edit(text, note);
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public SelfAssessmentKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public string? Note { get; private set; }

    /// <summary>Where the item stands in its list; the person orders the list.</summary>
    public int Position { get; set; }

    public Guid Version { get; private set; }

    public void Edit(string text, string? note)
    {
        Text = text.Trim();
        Note = note.TrimToNull();
        Version = Guid.NewGuid();
    }
}

public enum SkillCategory
{
    Technical = 1,
    Interpersonal = 2,
    Leadership = 3,
    Domain = 4,
    Other = 5,
}

/// <summary>A skill the person has, rated by themselves from 1 (aware) to 5 (expert).</summary>
public class Skill
{
    public const int NameMaxLength = 100;
    public const int EvidenceMaxLength = 1000;
    public const int MinRating = 1;
    public const int MaxRating = 5;

    private Skill()
    {
    }

    public Skill(string userId, string name, SkillCategory category, int rating, string? evidence, DateOnly today)
    {
        UserId = userId;
        Update(name, category, rating, evidence, today);
    }

    /// <summary>A skill brought in from elsewhere (a LinkedIn export, a résumé file): "not yet rated" until the person rates it.</summary>
    public static Skill NotYetRated(string userId, string name, SkillCategory category, DateOnly today)
    {
        var skill = new Skill(userId, name, category, MinRating, null, today);
        skill.Rating = null;
        return skill;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>The name as compared for uniqueness: two skills of one person cannot differ only in case.</summary>
    public string NormalizedName { get; private set; } = "";

    public SkillCategory Category { get; private set; }
    /// <summary>1 (aware) to 5 (expert), or null while "not yet rated" (brought in from elsewhere).</summary>
    public int? Rating { get; private set; }

    public string? Evidence { get; private set; }

    /// <summary>On the résumé or not, as the person chose; null follows the rule (rated 3 or more).</summary>
    public bool? OnResume { get; set; }
    public DateOnly UpdatedOn { get; private set; }
    public Guid Version { get; private set; }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    public static string RatingLabel(int? rating) => rating switch
    {
        1 => "Aware",
        2 => "Beginner",
        3 => "Competent",
        4 => "Proficient",
        5 => "Expert",
        _ => "Not yet rated",
    };

    /// <summary>"3 – Competent", or "Not yet rated" for a skill brought in from elsewhere.</summary>
    public static string RatingText(int? rating) => rating is { } r ? $"{r} – {RatingLabel(r)}" : RatingLabel(null);

    public void Update(string name, SkillCategory category, int rating, string? evidence, DateOnly today)
    {
        Name = name.Trim();
        NormalizedName = Normalize(name);
        Category = category;
        Rating = rating;
        Evidence = evidence.TrimToNull();
        UpdatedOn = today;
        Version = Guid.NewGuid();
    }
}

public enum ReflectionKind
{
    IdealJob = 1,
    IdealLife = 2,
    Lessons = 3,
    WhatOthersSaid = 4,
}

public static class ReflectionKinds
{
    public static IReadOnlyList<ReflectionKind> All { get; } = Enum.GetValues<ReflectionKind>();

    public static string Slug(this ReflectionKind kind) => kind switch
    {
        ReflectionKind.IdealJob => "ideal-job",
        ReflectionKind.IdealLife => "ideal-life",
        ReflectionKind.Lessons => "lessons",
        ReflectionKind.WhatOthersSaid => "what-others-said",
        _ => kind.ToString(),
    };

    public static ReflectionKind? FromSlug(string? slug) =>
        All.Cast<ReflectionKind?>().FirstOrDefault(k => string.Equals(k!.Value.Slug(), slug, StringComparison.OrdinalIgnoreCase));

    public static string Title(this ReflectionKind kind) => kind switch
    {
        ReflectionKind.IdealJob => "Your ideal job",
        ReflectionKind.IdealLife => "Your ideal life",
        ReflectionKind.Lessons => "Lessons from recent decisions",
        ReflectionKind.WhatOthersSaid => "What others have said",
        _ => kind.ToString(),
    };

    public static string Prompt(this ReflectionKind kind) => kind switch
    {
        ReflectionKind.IdealJob => "Describe a working day in the job you would love: the work, the people, the place, the pace.",
        ReflectionKind.IdealLife => "What does the rest of your life need from your career: time, place, money, energy?",
        ReflectionKind.Lessons => "Think of two or three recent career decisions. What would you do differently next time?",
        ReflectionKind.WhatOthersSaid => "What have managers, peers or friends told you about your strengths and where you could grow?",
        _ => "",
    };
}

/// <summary>A free-text reflection; the person has at most one of each kind.</summary>
public class Reflection
{
    public const int TextMaxLength = 4000;

    private Reflection()
    {
    }

    public Reflection(string userId, ReflectionKind kind)
    {
        UserId = userId;
        Kind = kind;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public ReflectionKind Kind { get; private set; }
    public string? Text { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid Version { get; private set; }

    public void Write(string? text, DateTime nowUtc)
    {
        Text = text.TrimToNull();
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }
}
