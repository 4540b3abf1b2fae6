namespace CareerPlanner.Web.Domain;

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

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private OneOnOne()
    {
    }

    public OneOnOne(string userId, DateOnly date, string withWhom, int? contactId = null)
    {
        Version = Guid.NewGuid();
        UserId = userId;
        Date = date;
        WithWhom = withWhom.Trim();
        ContactId = contactId;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public DateOnly Date { get; set; }
    public string WithWhom { get; private set; } = "";

    /// <summary>The contact in the person's network the 1:1 is with, when it is one of them.</summary>
    public int? ContactId { get; private set; }
    public string? Notes { get; set; }
    public List<TalkingPoint> TalkingPoints { get; private set; } = [];
    public List<AgreedAction> AgreedActions { get; private set; } = [];
    public Guid Version { get; private set; }

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
