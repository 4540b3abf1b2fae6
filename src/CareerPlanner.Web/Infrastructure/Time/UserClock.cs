using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;

namespace CareerPlanner.Web.Infrastructure.Time;

/// <summary>
/// The one place that answers "now", and "today", "this week" and "this quarter" for a person, from the injected
/// <see cref="TimeProvider"/> (so tests can fix the moment) and the person's calendar settings on their profile
/// (UTC and Monday when they have none yet), read from the database at most once a minute per person (see
/// <see cref="UserCalendars"/>).
/// </summary>
public sealed class UserClock(TimeProvider time, AppDbContext db, UserCalendars calendars)
{
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public async Task<UserCalendar> CalendarAsync(string userId) => (await CalendarsAsync([userId]))[userId];

    /// <summary>Several people's calendars: those known already, the others read in one query (and then known).</summary>
    public async Task<IReadOnlyDictionary<string, UserCalendar>> CalendarsAsync(IReadOnlyCollection<string> userIds)
    {
        var found = new Dictionary<string, UserCalendar>(StringComparer.Ordinal);
        foreach (var userId in userIds)
        {
            if (calendars.Find(userId) is { } known)
            {
                found[userId] = known;
            }
        }
        var unknown = userIds.Where(id => !found.ContainsKey(id)).Distinct().ToList();
        if (unknown.Count == 0)
        {
            return found;
        }
        var read = (await db.UserProfiles.AsNoTracking().Where(p => unknown.Contains(p.UserId))
                .Select(p => new { p.UserId, p.TimeZoneId, p.FirstDayOfWeek }).ToListAsync())
            .ToDictionary(p => p.UserId, p => UserCalendar.From(p.TimeZoneId, p.FirstDayOfWeek));
        foreach (var userId in unknown)
        {
            var calendar = read.GetValueOrDefault(userId) ?? UserCalendar.Default;
            calendars.Remember(userId, calendar);
            found[userId] = calendar;
        }
        return found;
    }

    public async Task<DateOnly> TodayAsync(string userId) => Today(await CalendarAsync(userId));

    public async Task<DateRange> ThisWeekAsync(string userId) => ThisWeek(await CalendarAsync(userId));

    public async Task<DateRange> ThisQuarterAsync(string userId) => ThisQuarter(await CalendarAsync(userId));

    public DateTime LocalNow(UserCalendar calendar) => calendar.ToLocal(UtcNow);

    public DateOnly Today(UserCalendar calendar) => calendar.Today(UtcNow);

    public DateRange ThisWeek(UserCalendar calendar) => calendar.WeekOf(Today(calendar));

    public DateRange ThisQuarter(UserCalendar calendar) => Quarters.Of(Today(calendar));

    /// <summary>Forgets the calendar read so far, after the person changed their time zone or week start.</summary>
    public void Forget(string userId) => calendars.Forget(userId);
}

/// <summary>
/// Each person's calendar settings, kept in memory for a minute so that a page does not read the profile for them:
/// every page needs "today" for someone. Saving a profile through the context forgets that person's entry at once
/// (<see cref="ProfileChangeInterceptor"/>); another server in a farm sees the change within the minute.
/// </summary>
public sealed class UserCalendars(IMemoryCache cache)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    public UserCalendar? Find(string userId) => cache.TryGetValue(Key(userId), out UserCalendar? calendar) ? calendar : null;

    public void Remember(string userId, UserCalendar calendar) => cache.Set(Key(userId), calendar, KeepFor);

    public void Forget(string userId) => cache.Remove(Key(userId));

    private static string Key(string userId) => "calendar:" + userId;
}

/// <summary>
/// Forgets a person's cached calendar whenever their profile row is added, changed or deleted through a context: before
/// the save and again after it, so that a page reading the profile in between does not keep the old settings.
/// </summary>
public sealed class ProfileChangeInterceptor(UserCalendars calendars) : SaveChangesInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, string[]> saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Forget(eventData.Context, before: true);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context, before: true);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Forget(eventData.Context, before: false);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context, before: false);
        return ValueTask.FromResult(result);
    }

    private void Forget(DbContext? context, bool before)
    {
        if (context is null)
        {
            return;
        }
        if (before)
        {
            var changed = context.ChangeTracker.Entries<UserProfile>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .Select(e => e.Entity.UserId).ToArray();
            if (changed.Length > 0)
            {
                saving.AddOrUpdate(context, changed);
            }
        }
        if (saving.TryGetValue(context, out var userIds))
        {
            foreach (var userId in userIds)
            {
                calendars.Forget(userId);
            }
            if (!before)
            {
                saving.Remove(context);
            }
        }
    }
}
