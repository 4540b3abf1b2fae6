namespace CareerPlanner.Web.Domain;

/// <summary>The parts of one plan a mentor or coach may read. Private always, whatever is chosen: 1:1 notes, the network,
/// feedback responses, reflections, the calendar and every other plan.</summary>
[Flags]
public enum SharedParts
{
    None = 0,
    Assets = 1,
    CareerGoals = 2,
    Strategy = 4,
    Marketing = 8,
    Evaluation = 16,
    Research = 32,
    Goals = 64,
    Reviews = 128,
    All = Assets | CareerGoals | Strategy | Marketing | Evaluation | Research | Goals | Reviews,
}

public enum ShareRole
{
    Mentor = 1,
    Coach = 2,
}

public static class SharedPartsText
{
    /// <summary>Every part, in the order the sharing form and the shared plan list them.</summary>
    public static readonly IReadOnlyList<SharedParts> Each =
    [
        SharedParts.Assets, SharedParts.CareerGoals, SharedParts.Strategy, SharedParts.Marketing, SharedParts.Evaluation,
        SharedParts.Research, SharedParts.Goals, SharedParts.Reviews,
    ];

    public static string Title(this SharedParts part) => part switch
    {
        SharedParts.Assets => "Assets",
        SharedParts.CareerGoals => "Career goals (vision and goals)",
        SharedParts.Strategy => "Strategy",
        SharedParts.Marketing => "Marketing strategy",
        SharedParts.Evaluation => "Evaluation",
        SharedParts.Research => "Research",
        SharedParts.Goals => "Goals with their progress",
        SharedParts.Reviews => "Reviews",
        _ => part.ToString(),
    };

    /// <summary>"Assets, Research and Reviews"; "nothing yet" for none.</summary>
    public static string Describe(this SharedParts parts)
    {
        var titles = Each.Where(p => parts.HasFlag(p)).Select(p => p.Title()).ToList();
        return titles.Count switch
        {
            0 => "nothing yet",
            1 => titles[0],
            _ => $"{string.Join(", ", titles[..^1])} and {titles[^1]}",
        };
    }

    public static string Title(this ShareRole role) => role == ShareRole.Coach ? "Coach" : "Mentor";
}

/// <summary>
/// One plan shared with one person, invited by e-mail address: pending until they accept the link (only its hash is
/// kept, valid <see cref="LinkDays"/> days, usable once), then read-only access to the chosen parts until the owner
/// revokes it (the row goes) or its end date passes.
/// </summary>
public class PlanShare : IPlanOwned
{
    public const int EmailMaxLength = 256;
    public const int LinkDays = 14;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private PlanShare()
    {
    }

    public PlanShare(int planId, string email, ShareRole role, SharedParts parts, DateOnly? endsOn)
    {
        Version = Guid.NewGuid();
        PlanId = planId;
        InviteeEmail = email.Trim();
        NormalizedInviteeEmail = Normalize(email);
        Role = role;
        Parts = parts;
        EndsOn = endsOn;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public string InviteeEmail { get; private set; } = "";
    public string NormalizedInviteeEmail { get; private set; } = "";
    public ShareRole Role { get; private set; }
    public SharedParts Parts { get; private set; }
    public DateOnly? EndsOn { get; private set; }

    /// <summary>The invitation link's hash; the link is e-mailed once and never stored.</summary>
    public string TokenHash { get; private set; } = "";
    public DateTime InvitedAtUtc { get; private set; }

    /// <summary>The account that accepted (null while pending).</summary>
    public string? MentorId { get; private set; }
    public DateTime? AcceptedAtUtc { get; private set; }
    public DateTime? LastViewedAtUtc { get; private set; }

    public Guid Version { get; private set; }

    public bool IsAccepted => MentorId is not null;

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    /// <summary>A new link (the old one, if any, stops working): the token is returned once, for the e-mail.</summary>
    public string Invite(DateTime nowUtc)
    {
        var token = LinkTokens.Create();
        TokenHash = LinkTokens.Hash(token);
        InvitedAtUtc = nowUtc;
        return token;
    }

    public bool LinkExpired(DateTime nowUtc) => nowUtc > InvitedAtUtc.AddDays(LinkDays);

    public void Accept(string mentorId, DateTime nowUtc)
    {
        MentorId = mentorId;
        AcceptedAtUtc = nowUtc;
    }

    public void Change(SharedParts parts, DateOnly? endsOn)
    {
        Parts = parts;
        EndsOn = endsOn;
        Version = Guid.NewGuid();
    }

    public bool IsOpenOn(DateOnly today) => EndsOn is null || today <= EndsOn;

    public void Viewed(DateTime nowUtc) => LastViewedAtUtc = nowUtc;
}

/// <summary>A row the other side of a shared plan is e-mailed about once: a comment or a suggestion.</summary>
public interface IMailedAbout
{
    int Id { get; }

    /// <summary>When the other side was e-mailed about it (null: not yet).</summary>
    DateTime? MailedAtUtc { get; }
}

/// <summary>A comment on a shared plan, on one of its goals or on one of its reviews: plain text, by the owner or a mentor.
/// A mentor's comments stay when the mentor's account goes (then <see cref="AuthorId"/> is null: "a former mentor").</summary>
public class PlanComment : IPlanOwned, IMailedAbout
{
    public const int TextMaxLength = 2000;

    private PlanComment()
    {
    }

    public PlanComment(int planId, int? goalId, int? reviewId, string authorId, bool byOwner, string text, DateTime nowUtc)
    {
        PlanId = planId;
        GoalId = goalId;
        ReviewId = reviewId;
        AuthorId = authorId;
        ByOwner = byOwner;
        Text = text.Trim();
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int? GoalId { get; private set; }
    public int? ReviewId { get; private set; }
    public string? AuthorId { get; private set; }
    public bool ByOwner { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the other side was e-mailed about it (null: not yet).</summary>
    public DateTime? MailedAtUtc { get; private set; }
}

public enum SuggestionKind
{
    Goal = 1,
    Action = 2,
}

public enum SuggestionState
{
    Open = 0,
    Accepted = 1,
    Declined = 2,
}

/// <summary>A goal or an action a mentor suggests; the owner accepts it (through the normal form) or declines it.</summary>
public class PlanSuggestion : IPlanOwned, IMailedAbout
{
    public const int TitleMaxLength = 120;
    public const int ReasonMaxLength = 500;
    public const int NoteMaxLength = 500;

    private PlanSuggestion()
    {
    }

    public PlanSuggestion(int planId, string authorId, SuggestionKind kind, string title, string? reason, DateTime nowUtc)
    {
        PlanId = planId;
        AuthorId = authorId;
        Kind = kind;
        Title = title.Trim();
        Reason = reason.TrimToNull();
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public string? AuthorId { get; private set; }
    public SuggestionKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Reason { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public SuggestionState State { get; private set; }
    public string? DeclineNote { get; private set; }
    public DateTime? AnsweredAtUtc { get; private set; }
    public DateTime? MailedAtUtc { get; private set; }

    public void Accept(DateTime nowUtc)
    {
        State = SuggestionState.Accepted;
        AnsweredAtUtc = nowUtc;
    }

    public void Decline(string? note, DateTime nowUtc)
    {
        State = SuggestionState.Declined;
        DeclineNote = note.TrimToNull();
        AnsweredAtUtc = nowUtc;
    }

}
