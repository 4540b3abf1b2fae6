namespace CareerPlanner.Web.Infrastructure.Time;

/// <summary>
/// The one place that answers "now", and "today", "this week" and "this quarter" for a person, from the injected
/// <see cref="TimeProvider"/> (so tests can fix the moment) and the person's calendar settings on their profile
/// (UTC and Monday when they have none yet), read once per request.
/// </summary>
public sealed class UserClock(TimeProvider time, AppDbContext db)
{
    private readonly Dictionary<string, UserCalendar> calendars = new(StringComparer.Ordinal);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public async Task<UserCalendar> CalendarAsync(string userId)
    {
        if (!calendars.TryGetValue(userId, out var calendar))
        {
            var profile = await db.UserProfiles.AsNoTracking()
                .Where(p => p.UserId == userId)
                .Select(p => new { p.TimeZoneId, p.FirstDayOfWeek })
                .SingleOrDefaultAsync();
            calendar = profile is null ? UserCalendar.Default : UserCalendar.From(profile.TimeZoneId, profile.FirstDayOfWeek);
            calendars[userId] = calendar;
        }
        return calendar;
    }

    public async Task<DateOnly> TodayAsync(string userId) => Today(await CalendarAsync(userId));

    public async Task<DateRange> ThisWeekAsync(string userId) => ThisWeek(await CalendarAsync(userId));

    public async Task<DateRange> ThisQuarterAsync(string userId) => ThisQuarter(await CalendarAsync(userId));

    public DateTime LocalNow(UserCalendar calendar) => calendar.ToLocal(UtcNow);

    public DateOnly Today(UserCalendar calendar) => calendar.Today(UtcNow);

    public DateRange ThisWeek(UserCalendar calendar) => calendar.WeekOf(Today(calendar));

    public DateRange ThisQuarter(UserCalendar calendar) => Quarters.Of(Today(calendar));

    /// <summary>Forgets the calendars read so far, after the person changed their time zone or week start.</summary>
    public void Forget(string userId) => calendars.Remove(userId);
}
