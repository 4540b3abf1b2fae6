using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CareerPlanner.Web.Domain;

/// <summary>A request for feedback that the person sends to whoever they choose, by a private link.</summary>
public class FeedbackRequest
{
    public const int IntroMaxLength = 1000;
    public const int ShownNameMaxLength = 100;

    private FeedbackRequest()
    {
    }

    public FeedbackRequest(string userId, string intro, string? shownName, bool isAnonymous, DateOnly expiresOn, DateTime createdAtUtc)
    {
        UserId = userId;
        Intro = intro.Trim();
        ShownName = shownName.TrimToNull();
        IsAnonymous = isAnonymous;
        ExpiresOn = expiresOn;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Intro { get; private set; } = "";

    /// <summary>The only thing of the owner's the public page shows besides the intro and the questions.</summary>
    public string? ShownName { get; private set; }

    public bool IsAnonymous { get; private set; }
    public DateOnly ExpiresOn { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>SHA-256 of the current link's token; the token itself is never stored.</summary>
    public string TokenHash { get; private set; } = "";

    public List<FeedbackQuestion> Questions { get; private set; } = [];
    public List<FeedbackStrength> Strengths { get; private set; } = [];

    /// <summary>Links replaced by a new one; kept (as hashes) so an old link can say it has closed rather than "not found".</summary>
    public List<RevokedFeedbackLink> RevokedLinks { get; private set; } = [];

    /// <summary>Issues a new link (revoking the previous one) and returns its token, to be shown once.</summary>
    public string NewLink()
    {
        if (TokenHash.Length > 0)
        {
            RevokedLinks.Add(new RevokedFeedbackLink(TokenHash));
        }
        var token = LinkTokens.Create();
        TokenHash = LinkTokens.Hash(token);
        return token;
    }

    public void Close(DateTime nowUtc) => ClosedAtUtc ??= nowUtc;

    public bool IsOpenOn(DateOnly today) => ClosedAtUtc is null && today <= ExpiresOn;
}

public class RevokedFeedbackLink
{
    private RevokedFeedbackLink()
    {
    }

    public RevokedFeedbackLink(string tokenHash) => TokenHash = tokenHash;

    public int Id { get; private set; }
    public int FeedbackRequestId { get; private set; }
    public string TokenHash { get; private set; } = "";
}

/// <summary>The secret in a private link (a feedback request's, the calendar feed's): only its hash is ever stored.</summary>
public static class LinkTokens
{
    /// <summary>128 bits from a CSPRNG, URL-safe.</summary>
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

public class FeedbackQuestion
{
    public const int TextMaxLength = 300;

    private FeedbackQuestion()
    {
    }

    public FeedbackQuestion(int position, string text)
    {
        Position = position;
        Text = text.Trim();
    }

    public int Id { get; private set; }
    public int FeedbackRequestId { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; } = "";
}

/// <summary>A strength from the self-assessment that respondents rate, with the person's own rating beside it.</summary>
public class FeedbackStrength
{
    private FeedbackStrength()
    {
    }

    public FeedbackStrength(string text, int selfRating)
    {
        Text = text;
        SelfRating = selfRating;
    }

    public int Id { get; private set; }
    public int FeedbackRequestId { get; private set; }
    public string Text { get; private set; } = "";
    public int SelfRating { get; private set; }
}

/// <summary>One person's answers. For an anonymous request nothing identifying is kept: no name, no IP, only the date.</summary>
public class FeedbackResponse
{
    public const int NameMaxLength = 100;
    public const int AnswerMaxLength = 2000;

    private FeedbackResponse()
    {
    }

    public FeedbackResponse(int requestId, string? respondentName, DateOnly receivedOn)
    {
        FeedbackRequestId = requestId;
        RespondentName = respondentName.TrimToNull();
        ReceivedOn = receivedOn;
    }

    public int Id { get; private set; }
    public int FeedbackRequestId { get; private set; }
    public string? RespondentName { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public List<FeedbackAnswer> Answers { get; private set; } = [];
    public List<FeedbackRating> Ratings { get; private set; } = [];
}

public class FeedbackAnswer
{
    private FeedbackAnswer()
    {
    }

    public FeedbackAnswer(int questionId, string text)
    {
        FeedbackQuestionId = questionId;
        Text = text.Trim();
    }

    public int Id { get; private set; }
    public int FeedbackResponseId { get; private set; }
    public int FeedbackQuestionId { get; private set; }
    public string Text { get; private set; } = "";
}

public class FeedbackRating
{
    private FeedbackRating()
    {
    }

    public FeedbackRating(int strengthId, int rating)
    {
        FeedbackStrengthId = strengthId;
        Rating = rating;
    }

    public int Id { get; private set; }
    public int FeedbackResponseId { get; private set; }
    public int FeedbackStrengthId { get; private set; }
    public int Rating { get; private set; }
}

public enum Perception
{
    NotEnoughData = 0,
    Agreement = 1,
    BlindSpot = 2,
    OverEstimate = 3,
}

public sealed record SelfVersusOthersRow(string Strength, int? Self, double? Others, int Ratings, Perception Perception);

/// <summary>
/// The person's own rating of each strength beside the average of others' ratings. Others rating it higher by one
/// or more is a blind spot (a strength the person underrates); lower by one or more, an over-estimate.
/// </summary>
public static class SelfVersusOthers
{
    public const int MinimumAnonymousResponses = 3;

    public static SelfVersusOthersRow Compare(string strength, int? self, IReadOnlyCollection<int> others)
    {
        double? average = others.Count == 0 ? null : Math.Round(others.Average(), 2);
        var perception = (self, average) switch
        {
            (null, _) or (_, null) => Perception.NotEnoughData,
            var (s, a) when a - s >= 1 => Perception.BlindSpot,
            var (s, a) when s - a >= 1 => Perception.OverEstimate,
            _ => Perception.Agreement,
        };
        return new SelfVersusOthersRow(strength, self, average, others.Count, perception);
    }
}
