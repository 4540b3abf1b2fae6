namespace CareerPlanner.Web.Domain;

public enum InteractionChannel
{
    Meeting = 1,
    Call = 2,
    Message = 3,
    Event = 4,
}

/// <summary>Someone in the person's network, with how often they mean to stay in touch.</summary>
public class Contact
{
    public const int NameMaxLength = 100;
    public const int ShortTextMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int UrlMaxLength = 500;
    public const int PhoneMaxLength = 40;
    public const int NotesMaxLength = 4000;
    public const int MaxCadenceDays = 3650;

    private Contact()
    {
    }

    public Contact(string userId, DateOnly createdOn)
    {
        UserId = userId;
        CreatedOn = createdOn;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Name { get; set; } = "";
    public string HowWeKnow { get; set; } = "";
    public string? Organisation { get; set; }
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? ProfileUrl { get; set; }
    public string? Phone { get; set; }

    /// <summary>Tags as the person typed them, normalised to "a, b, c" (see <see cref="ContactRules.Tags"/>).</summary>
    public string? Tags { get; set; }

    public string? Notes { get; set; }

    /// <summary>Stay in touch every so many days, or never reminded when null.</summary>
    public int? CadenceDays { get; set; }

    /// <summary>A follow-up date the person set by hand; it wins over the cadence until the next interaction.</summary>
    public DateOnly? FollowUpOn { get; set; }

    public DateOnly CreatedOn { get; private set; }
    public List<ContactOptionLink> OptionLinks { get; private set; } = [];
    public List<ContactActivityLink> ActivityLinks { get; private set; } = [];
    public Guid Version { get; private set; } = Guid.NewGuid();

    public void Touch() => Version = Guid.NewGuid();

    public void LinkTo(IEnumerable<int> optionIds, IEnumerable<int> activityIds)
    {
        var options = optionIds.ToHashSet();
        var activities = activityIds.ToHashSet();
        OptionLinks.RemoveAll(l => !options.Contains(l.CareerOptionId));
        OptionLinks.AddRange(options.Where(id => OptionLinks.All(l => l.CareerOptionId != id)).Select(id => new ContactOptionLink(id)));
        ActivityLinks.RemoveAll(l => !activities.Contains(l.ExplorationActivityId));
        ActivityLinks.AddRange(activities.Where(id => ActivityLinks.All(l => l.ExplorationActivityId != id)).Select(id => new ContactActivityLink(id)));
    }
}

public class ContactOptionLink
{
    private ContactOptionLink()
    {
    }

    public ContactOptionLink(int careerOptionId) => CareerOptionId = careerOptionId;

    public int ContactId { get; private set; }
    public int CareerOptionId { get; private set; }
}

public class ContactActivityLink
{
    private ContactActivityLink()
    {
    }

    public ContactActivityLink(int explorationActivityId) => ExplorationActivityId = explorationActivityId;

    public int ContactId { get; private set; }
    public int ExplorationActivityId { get; private set; }
}

/// <summary>One time the person was in touch with a contact.</summary>
public class Interaction
{
    public const int NoteMaxLength = 1000;

    private Interaction()
    {
    }

    public Interaction(int contactId, DateOnly date, InteractionChannel channel, string? note)
    {
        ContactId = contactId;
        Date = date;
        Channel = channel;
        Note = note.TrimToNull();
    }

    public int Id { get; private set; }
    public int ContactId { get; private set; }
    public DateOnly Date { get; private set; }
    public InteractionChannel Channel { get; private set; }
    public string? Note { get; private set; }
}

public static class ContactRules
{
    /// <summary>
    /// When to get back in touch: a date set by hand wins; otherwise the last interaction (or, before any, the day the
    /// contact was added) plus the cadence; never without a cadence.
    /// </summary>
    public static DateOnly? NextFollowUp(DateOnly? lastInteraction, int? cadenceDays, DateOnly? setByHand, DateOnly createdOn) =>
        setByHand ?? (cadenceDays is { } days ? (lastInteraction ?? createdOn).AddDays(days) : null);

    public static bool IsDue(DateOnly? nextFollowUp, DateOnly today) => nextFollowUp is { } next && next <= today;

    /// <summary>Tags from free text: split on commas, trimmed, de-duplicated ignoring case, in the order typed.</summary>
    public static IReadOnlyList<string> Tags(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).DistinctBy(t => t.ToUpperInvariant())];
}

public enum TalkingPointKind
{
    Goals = 1,
    Ambitions = 2,
    HowICanHelp = 3,
    FeedbackToGive = 4,
    Other = 5,
}

/// <summary>A 1:1 with a manager or mentor: talking points prepared beforehand, notes afterwards, actions agreed.</summary>
public class OneOnOne
{
    public const int WithWhomMaxLength = 100;
    public const int NotesMaxLength = 4000;

    private OneOnOne()
    {
    }

    public OneOnOne(string userId, DateOnly date, string withWhom)
    {
        UserId = userId;
        Date = date;
        WithWhom = withWhom.Trim();
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public DateOnly Date { get; set; }
    public string WithWhom { get; private set; } = "";
    public string? Notes { get; set; }
    public List<TalkingPoint> TalkingPoints { get; private set; } = [];
    public List<AgreedAction> AgreedActions { get; private set; } = [];
    public Guid Version { get; private set; } = Guid.NewGuid();

    public void Touch() => Version = Guid.NewGuid();

    /// <summary>Takes over the points a previous meeting with the same person did not get to.</summary>
    public void CarryOver(OneOnOne previous) =>
        TalkingPoints.AddRange(previous.TalkingPoints.Where(p => !p.Discussed).Select(p => new TalkingPoint(p.Kind, p.Text, carriedOver: true)));

    public static bool SamePerson(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}

public class TalkingPoint
{
    public const int TextMaxLength = 500;

    private TalkingPoint()
    {
    }

    public TalkingPoint(TalkingPointKind kind, string text, bool carriedOver = false)
    {
        Kind = kind;
        Text = text.Trim();
        CarriedOver = carriedOver;
    }

    public int Id { get; private set; }
    public int OneOnOneId { get; private set; }
    public TalkingPointKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public bool Discussed { get; set; }
    public bool CarriedOver { get; private set; }
}

/// <summary>Something agreed in a 1:1; it can become an action item in one of the person's plans.</summary>
public class AgreedAction
{
    public const int TextMaxLength = 200;

    private AgreedAction()
    {
    }

    public AgreedAction(string text) => Text = text.Trim();

    public int Id { get; private set; }
    public int OneOnOneId { get; private set; }
    public string Text { get; private set; } = "";
    public int? ActionItemId { get; set; }
}

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

    private PersonalBrand()
    {
    }

    public PersonalBrand(string userId) => UserId = userId;

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string? WhoIAm { get; set; }
    public string? WhatIDeliver { get; set; }
    public string? WhatMakesMeDifferent { get; set; }
    public string? Pitch { get; set; }
    public string? Audiences { get; set; }
    public string? LeadWith { get; set; }
    public List<BrandChannel> Channels { get; private set; } = [];
    public Guid Version { get; private set; } = Guid.NewGuid();

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
