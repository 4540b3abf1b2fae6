using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CareerPlanner.Web.Infrastructure;

public sealed class SessionSettings
{
    public const string Section = "Sessions";

    public int RememberedDays { get; set; } = 30;
    public int IdleMinutes { get; set; } = 30;
    public int ReauthenticateMinutes { get; set; } = 10;

    public SessionLifetimes Lifetimes => new(TimeSpan.FromDays(RememberedDays), TimeSpan.FromMinutes(IdleMinutes), TimeSpan.FromMinutes(ReauthenticateMinutes));
}

/// <summary>
/// The server's record of who is signed in where (<see cref="UserSession"/>). Signing in starts a session and puts its
/// id in the cookie; every request checks it is still going (from a one-minute cache, so a request costs no query);
/// signing out ends it, so a copied cookie stops working at once.
/// </summary>
public sealed class ServerSessions(AppDbContext db, IMemoryCache cache, TimeProvider time, IOptions<SessionSettings> settings)
{
    public const string ClaimType = "careerplanner:session";

    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    public SessionLifetimes Lifetimes => settings.Value.Lifetimes;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public static string? IdOf(ClaimsPrincipal? principal) => principal?.FindFirstValue(ClaimType);

    public async Task<string> StartAsync(string userId, bool remembered)
    {
        var now = Now;
        var rememberedSince = now - Lifetimes.Remembered;
        var idleSince = now - Lifetimes.Idle;
        // Sessions that ended without a sign-out are cleared when the same person next signs in.
        await db.UserSessions.Where(s => s.UserId == userId
                && ((s.Remembered && s.CreatedAtUtc <= rememberedSince) || (!s.Remembered && s.LastSeenAtUtc <= idleSince)))
            .ExecuteDeleteAsync();
        var session = new UserSession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(UserSession.IdLength / 2)), userId, remembered, now);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        db.Entry(session).State = EntityState.Detached;
        cache.Set(Key(session.Id), session, CacheFor);
        return session.Id;
    }

    /// <summary>The person's session, when it is theirs and still going; a request in it counts as activity.</summary>
    public async Task<UserSession?> ContinueAsync(string sessionId, string userId)
    {
        var session = await FindAsync(sessionId);
        var now = Now;
        if (session is null || session.UserId != userId || session.HasEnded(now, Lifetimes))
        {
            return null;
        }
        if (session.Seen(now))
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAtUtc, now));
        }
        return session;
    }

    public async Task EndAsync(string sessionId)
    {
        await db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync();
        cache.Remove(Key(sessionId));
    }

    /// <summary>Ends every session of the person (this one included); returns how many there were.</summary>
    public Task<int> EndAllAsync(string userId) => EndOthersAsync(userId, keep: null);

    /// <summary>Ends every session of the person but <paramref name="keep"/> (after a password change); returns how many ended.</summary>
    public async Task<int> EndOthersAsync(string userId, string? keep)
    {
        var ids = await db.UserSessions.Where(s => s.UserId == userId && s.Id != keep).Select(s => s.Id).ToListAsync();
        await db.UserSessions.Where(s => s.UserId == userId && s.Id != keep).ExecuteDeleteAsync();
        foreach (var id in ids)
        {
            cache.Remove(Key(id));
        }
        return ids.Count;
    }

    /// <summary>The password was entered again in this session.</summary>
    public async Task ReauthenticatedAsync(string sessionId)
    {
        var now = Now;
        await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.AuthenticatedAtUtc, now));
        if (await FindAsync(sessionId) is { } session)
        {
            session.Reauthenticated(now);
        }
    }

    public async Task<bool> AuthenticatedRecentlyAsync(string? sessionId) =>
        sessionId is not null && await FindAsync(sessionId) is { } session && session.AuthenticatedRecently(Now, Lifetimes);

    public Task<List<UserSession>> OfAsync(string userId) =>
        db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.LastSeenAtUtc).ToListAsync();

    private async Task<UserSession?> FindAsync(string sessionId)
    {
        if (cache.TryGetValue(Key(sessionId), out UserSession? cached))
        {
            return cached;
        }
        var session = await db.UserSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId);
        if (session is not null)
        {
            cache.Set(Key(sessionId), session, CacheFor);
        }
        return session;
    }

    private static string Key(string sessionId) => "session:" + sessionId;
}

/// <summary>
/// On the pages that change how a person signs in: when the password was last entered longer ago than
/// <see cref="SessionLifetimes.Reauthentication"/>, ask for it again first (the Reauthenticate page), then come back.
/// </summary>
public sealed class RecentSignInFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<ServerSessions>();
        if (!await sessions.AuthenticatedRecentlyAsync(ServerSessions.IdOf(context.HttpContext.User)))
        {
            var request = context.HttpContext.Request;
            // After a POST the person comes back to the page (GET) and submits it again; nothing is done unconfirmed.
            var back = request.Path + (HttpMethods.IsGet(request.Method) ? request.QueryString : QueryString.Empty);
            context.Result = new RedirectToPageResult("/Account/Reauthenticate", new { area = "Identity", returnUrl = back.ToString() });
            return;
        }
        await next();
    }
}
