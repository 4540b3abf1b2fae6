using CareerPlanner.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Infrastructure.Time;

/// <summary>How one person's calendar works: their time zone and the day their week starts.</summary>
public sealed record UserCalendar(TimeZoneInfo TimeZone, DayOfWeek FirstDayOfWeek)
{
    public static UserCalendar Default { get; } = new(TimeZoneInfo.Utc, DayOfWeek.Monday);

    public static UserCalendar From(string? timeZoneId, DayOfWeek firstDayOfWeek) =>
        new(TimeZones.Find(timeZoneId) ?? TimeZoneInfo.Utc, firstDayOfWeek);
}

public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}

/// <summary>
/// The one place that turns the injected clock into a person's "today", "this week" and "this quarter";
/// everything else asks it, so tests can fix the moment and the zone.
/// </summary>
public sealed class UserClock(TimeProvider clock)
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DateTime LocalNow(UserCalendar calendar) => ToLocal(UtcNow, calendar);

    public DateTime ToLocal(DateTime utc, UserCalendar calendar) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), calendar.TimeZone);

    public DateOnly Today(UserCalendar calendar) => DateOnly.FromDateTime(LocalNow(calendar));

    public DateRange ThisWeek(UserCalendar calendar)
    {
        var today = Today(calendar);
        var daysSinceStart = ((int)today.DayOfWeek - (int)calendar.FirstDayOfWeek + 7) % 7;
        var start = today.AddDays(-daysSinceStart);
        return new DateRange(start, start.AddDays(6));
    }

    public DateRange ThisQuarter(UserCalendar calendar) => QuarterOf(Today(calendar));

    public static DateRange QuarterOf(DateOnly day)
    {
        var start = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
        return new DateRange(start, start.AddMonths(3).AddDays(-1));
    }

    public static int QuarterNumber(DateOnly day) => ((day.Month - 1) / 3) + 1;
}

public static class TimeZones
{
    /// <summary>The zone for an IANA id (such as Europe/Berlin), or null when the id is unknown or not IANA.</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone : null;

    public static bool IsValid(string? id) => Find(id) is not null;

    /// <summary>Every IANA zone this machine knows, for the profile's picker.</summary>
    public static IReadOnlyList<string> AllIds { get; } = [.. TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.HasIanaId).Select(z => z.Id).Append("UTC").Distinct().Order(StringComparer.Ordinal)];
}

/// <summary>Reads a person's calendar settings from their profile (UTC and Monday when they have none yet).</summary>
public sealed class UserCalendars(AppDbContext db)
{
    public async Task<UserCalendar> ForAsync(string userId)
    {
        var profile = await db.UserProfiles.AsNoTracking()
            .Where(p => p.UserId == userId)
            .Select(p => new { p.TimeZoneId, p.FirstDayOfWeek })
            .SingleOrDefaultAsync();
        return profile is null ? UserCalendar.Default : UserCalendar.From(profile.TimeZoneId, profile.FirstDayOfWeek);
    }
}
