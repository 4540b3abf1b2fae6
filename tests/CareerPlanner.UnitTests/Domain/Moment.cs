using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

/// <summary>One moment in UTC, asked as each person would ask their own calendar.</summary>
internal sealed record Moment(DateTime UtcNow)
{
    public static Moment At(string utc) => new(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);

    public DateOnly Today(UserCalendar calendar) => calendar.Today(UtcNow);

    public DateRange ThisWeek(UserCalendar calendar) => calendar.WeekOf(Today(calendar));

    public DateRange ThisQuarter(UserCalendar calendar) => Quarters.Of(Today(calendar));
}
