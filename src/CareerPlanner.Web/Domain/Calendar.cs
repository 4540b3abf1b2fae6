namespace CareerPlanner.Web.Domain;

/// <summary>How one person's calendar works: their time zone and the day their week starts.</summary>
public sealed record UserCalendar(TimeZoneInfo TimeZone, DayOfWeek FirstDayOfWeek)
{
    public static UserCalendar Default { get; } = new(TimeZoneInfo.Utc, DayOfWeek.Monday);

    public static UserCalendar From(string? timeZoneId, DayOfWeek firstDayOfWeek) =>
        new(TimeZones.Find(timeZoneId) ?? TimeZoneInfo.Utc, firstDayOfWeek);

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    /// <summary>The person's own date at the moment <paramref name="utcNow"/>.</summary>
    public DateOnly Today(DateTime utcNow) => DateOnly.FromDateTime(ToLocal(utcNow));

    /// <summary>The week holding <paramref name="day"/>, starting on the person's first day of the week.</summary>
    public DateRange WeekOf(DateOnly day)
    {
        var daysSinceStart = ((int)day.DayOfWeek - (int)FirstDayOfWeek + 7) % 7;
        var start = day.AddDays(-daysSinceStart);
        return new DateRange(start, start.AddDays(6));
    }
}

public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}

/// <summary>Calendar quarters: January–March is Q1.</summary>
public static class Quarters
{
    public static DateRange Of(DateOnly day)
    {
        var start = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
        return new DateRange(start, start.AddMonths(3).AddDays(-1));
    }

    public static int Number(DateOnly day) => ((day.Month - 1) / 3) + 1;
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
