namespace CareerPlanner.Web.Domain;

public enum BrandChannelKind
{
    ProfessionalProfile = 1,
    Portfolio = 2,
    Talks = 3,
    Writing = 4,
    Volunteering = 5,
    Mentoring = 6,
    Other = 7,
}

/// <summary>How the person presents themselves: their brand statement, pitch, audiences and channels.</summary>
public class PersonalBrand
{
    public const int StatementPartMaxLength = 500;
    public const int PitchMaxLength = 1500;
    public const int AudiencesMaxLength = 500;
    public const int LeadWithMaxLength = 1000;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private PersonalBrand()
    {
    }

    public PersonalBrand(string userId)
    {
        UserId = userId;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string? WhoIAm { get; set; }
    public string? WhatIDeliver { get; set; }
    public string? WhatMakesMeDifferent { get; set; }
    public string? Pitch { get; set; }
    public string? Audiences { get; set; }
    public string? LeadWith { get; set; }
    public List<BrandChannel> Channels { get; private set; } = [];
    public Guid Version { get; private set; }

    public void Touch() => Version = Guid.NewGuid();
}

public class BrandChannel
{
    public const int NextStepMaxLength = 200;

    private BrandChannel()
    {
    }

    public BrandChannel(BrandChannelKind kind, string nextStep)
    {
        Kind = kind;
        NextStep = nextStep.Trim();
    }

    public int Id { get; private set; }
    public int PersonalBrandId { get; private set; }
    public BrandChannelKind Kind { get; private set; }
    public string NextStep { get; private set; } = "";
    public int? ActionItemId { get; set; }
}

public static class BrandText
{
    public const int WordsPerMinute = 150;

    public static int WordCount(string? text) => (text ?? "").Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>About how long the text takes to say, at 150 words a minute, rounded to whole seconds.</summary>
    public static TimeSpan SpeakingTime(string? text) => TimeSpan.FromSeconds(Math.Round(WordCount(text) * 60.0 / WordsPerMinute));

    public static string Describe(TimeSpan time) =>
        time.TotalSeconds < 60 ? $"about {time.TotalSeconds:0} seconds" : $"about {(int)time.TotalMinutes} min {time.Seconds} s";

    public static string Title(this BrandChannelKind kind) => kind switch
    {
        BrandChannelKind.ProfessionalProfile => "Professional profile",
        _ => kind.ToString(),
    };

    public static string Title(this TalkingPointKind kind) => kind switch
    {
        TalkingPointKind.HowICanHelp => "How I can help them",
        TalkingPointKind.FeedbackToGive => "Feedback to give",
        _ => kind.ToString(),
    };
}
