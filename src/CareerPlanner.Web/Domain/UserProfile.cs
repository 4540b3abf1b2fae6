namespace CareerPlanner.Web.Domain;

/// <summary>How the person wants to be addressed and how their calendar works.</summary>
public class UserProfile
{
    public const int DisplayNameMaxLength = 100;
    public const int TimeZoneIdMaxLength = 64;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private UserProfile()
    {
    }

    public UserProfile(string userId)
    {
        UserId = userId;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string? DisplayName { get; private set; }

    /// <summary>An IANA time-zone id; null until the person or their browser has said (UTC meanwhile).</summary>
    public string? TimeZoneId { get; private set; }

    public DayOfWeek FirstDayOfWeek { get; private set; } = DayOfWeek.Monday;

    /// <summary>Whether due reviews are announced by e-mail; on until the person turns it off (here or from an e-mail).</summary>
    public bool ReviewReminders { get; private set; } = true;

    /// <summary>The person put the dashboard's getting-started checklist away (it also goes once every step is done).</summary>
    public bool GettingStartedDismissed { get; private set; }

    public Guid Version { get; private set; }

    public void DismissGettingStarted()
    {
        GettingStartedDismissed = true;
        Version = Guid.NewGuid();
    }

    public void SetReviewReminders(bool on)
    {
        ReviewReminders = on;
        Version = Guid.NewGuid();
    }

    public void Update(string? displayName, string timeZoneId, DayOfWeek firstDayOfWeek, bool reviewReminders)
    {
        ReviewReminders = reviewReminders;
        DisplayName = displayName.TrimToNull();
        TimeZoneId = timeZoneId;
        FirstDayOfWeek = firstDayOfWeek;
        Version = Guid.NewGuid();
    }

    /// <summary>The browser's zone is taken only while the person has not chosen one themselves.</summary>
    public bool AdoptDetectedTimeZone(string timeZoneId)
    {
        if (TimeZoneId is not null)
        {
            return false;
        }
        TimeZoneId = timeZoneId;
        Version = Guid.NewGuid();
        return true;
    }
}
