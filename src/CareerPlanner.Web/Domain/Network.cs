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

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private Contact()
    {
    }

    public Contact(string userId, DateOnly createdOn)
    {
        Version = Guid.NewGuid();
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
    public Guid Version { get; private set; }

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
