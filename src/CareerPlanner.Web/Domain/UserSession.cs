namespace CareerPlanner.Web.Domain;

/// <summary>How long a signed-in session lasts (OWASP ASVS level 2, section 7.3).</summary>
/// <param name="Remembered">A "keep me signed in" session ends this long after signing in, however active.</param>
/// <param name="Idle">Any other session ends after this long without a request.</param>
/// <param name="Reauthentication">Changing the e-mail address or two-factor sign-in asks for the password again
/// when it was last entered longer ago than this.</param>
public sealed record SessionLifetimes(TimeSpan Remembered, TimeSpan Idle, TimeSpan Reauthentication)
{
    public static readonly SessionLifetimes Default = new(TimeSpan.FromDays(30), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10));
}

/// <summary>
/// One signed-in browser, held on the server so that signing out ends it for good: a copy of the cookie taken before
/// is worth nothing once the session is gone. The cookie carries only the session's id beside Identity's claims.
/// </summary>
public sealed class UserSession
{
    public const int IdLength = 32;

    /// <summary>Activity is written at most this often, so a busy session does not write on every request.</summary>
    public static readonly TimeSpan SeenResolution = TimeSpan.FromMinutes(1);

    private UserSession()
    {
        Id = "";
        UserId = "";
    }

    public UserSession(string id, string userId, bool remembered, DateTime nowUtc)
    {
        Id = id;
        UserId = userId;
        Remembered = remembered;
        CreatedAtUtc = nowUtc;
        LastSeenAtUtc = nowUtc;
        AuthenticatedAtUtc = nowUtc;
    }

    public string Id { get; private set; }
    public string UserId { get; private set; }
    public bool Remembered { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime LastSeenAtUtc { get; private set; }

    /// <summary>When the password was last entered in this session (signing in, or confirming it later).</summary>
    public DateTime AuthenticatedAtUtc { get; private set; }

    public DateTime EndsAtUtc(SessionLifetimes lifetimes) =>
        Remembered ? CreatedAtUtc + lifetimes.Remembered : LastSeenAtUtc + lifetimes.Idle;

    public bool HasEnded(DateTime nowUtc, SessionLifetimes lifetimes) => nowUtc >= EndsAtUtc(lifetimes);

    /// <summary>Records a request; true when that changed what is stored.</summary>
    public bool Seen(DateTime nowUtc)
    {
        if (nowUtc - LastSeenAtUtc < SeenResolution)
        {
            return false;
        }
        LastSeenAtUtc = nowUtc;
        return true;
    }

    public void Reauthenticated(DateTime nowUtc) => AuthenticatedAtUtc = nowUtc;

    public bool AuthenticatedRecently(DateTime nowUtc, SessionLifetimes lifetimes) =>
        nowUtc - AuthenticatedAtUtc <= lifetimes.Reauthentication;
}
