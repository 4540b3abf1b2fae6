using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class UserCalendarTests
{
    private static readonly UserCalendar Auckland = UserCalendar.From("Pacific/Auckland", DayOfWeek.Monday);
    private static readonly UserCalendar LosAngeles = UserCalendar.From("America/Los_Angeles", DayOfWeek.Sunday);

    private static Moment At(string utc) => Moment.At(utc);

    [Fact]
    public void Just_before_midnight_utc_it_is_already_tomorrow_in_Auckland_and_still_afternoon_in_Los_Angeles()
    {
        var clock = At("2026-03-31T23:30:00Z"); // a Tuesday in UTC

        Assert.Equal(new DateOnly(2026, 4, 1), clock.Today(Auckland)); // 12:30 NZDT, Wednesday
        Assert.Equal(new DateOnly(2026, 3, 31), clock.Today(LosAngeles)); // 16:30 PDT, Tuesday
    }

    [Fact]
    public void Just_after_midnight_utc_it_is_still_yesterday_in_Los_Angeles()
    {
        var clock = At("2026-04-01T00:30:00Z");

        Assert.Equal(new DateOnly(2026, 3, 31), clock.Today(LosAngeles));
        Assert.Equal(new DateOnly(2026, 4, 1), clock.Today(Auckland));
    }

    [Fact]
    public void The_quarter_follows_the_users_own_date_at_a_quarter_boundary()
    {
        var clock = At("2026-03-31T23:30:00Z");

        Assert.Equal(new DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), clock.ThisQuarter(Auckland));
        Assert.Equal(new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), clock.ThisQuarter(LosAngeles));
    }

    [Fact]
    public void The_week_starts_on_the_users_first_day_of_the_week()
    {
        var clock = At("2026-01-04T23:30:00Z"); // Sunday 4 January in UTC

        // Auckland: Monday 5 January, weeks start on Monday.
        Assert.Equal(new DateRange(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 11)), clock.ThisWeek(Auckland));
        // Los Angeles: Sunday 4 January, weeks start on Sunday.
        Assert.Equal(new DateRange(new DateOnly(2026, 1, 4), new DateOnly(2026, 1, 10)), clock.ThisWeek(LosAngeles));
    }

    [Fact]
    public void The_year_turns_at_the_users_midnight_not_at_utcs()
    {
        var clock = At("2026-12-31T11:30:00Z");

        Assert.Equal(new DateOnly(2027, 1, 1), clock.Today(Auckland)); // 00:30 NZDT
        Assert.Equal(1, Quarters.Number(clock.Today(Auckland)));
        Assert.Equal(4, Quarters.Number(clock.Today(LosAngeles)));
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_known_iana_time_zones_are_accepted(string? id, bool valid) =>
        Assert.Equal(valid, TimeZones.IsValid(id));

    [Fact]
    public void An_unknown_zone_falls_back_to_utc() =>
        Assert.Equal(TimeZoneInfo.Utc, UserCalendar.From("Nowhere/Special", DayOfWeek.Monday).TimeZone);
}
