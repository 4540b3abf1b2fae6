using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class ReviewRulesTests
{
    private static readonly UserCalendar Auckland = UserCalendar.From("Pacific/Auckland", DayOfWeek.Monday);
    private static readonly UserCalendar LosAngeles = UserCalendar.From("America/Los_Angeles", DayOfWeek.Sunday);

    private static Moment At(string utc) => Moment.At(utc);

    [Fact]
    public void At_23_30_utc_on_31_March_a_person_in_Auckland_is_already_in_Q2_and_one_in_Los_Angeles_still_in_Q1()
    {
        var clock = At("2026-03-31T23:30:00Z");

        Assert.Equal(new DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), clock.ThisQuarter(Auckland));
        Assert.Equal(new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), clock.ThisQuarter(LosAngeles));
        Assert.Equal(new DateOnly(2026, 4, 1), ReviewPeriods.Covering(ReviewKind.Quarterly, clock.Today(Auckland), DayOfWeek.Monday).Start);
    }

    [Theory]
    [InlineData(2026, 1, "2026-01-01", "2026-03-31")]
    [InlineData(2026, 2, "2026-04-01", "2026-06-30")]
    [InlineData(2026, 3, "2026-07-01", "2026-09-30")]
    [InlineData(2026, 4, "2026-10-01", "2026-12-31")]
    public void A_quarter_by_its_number_runs_from_its_first_to_its_last_day(int year, int quarter, string start, string end)
    {
        Assert.Equal(new DateRange(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)),
            ReviewPeriods.Quarter(year, quarter));
    }

    [Theory]
    [InlineData(2026, 0)]
    [InlineData(2026, 5)]
    [InlineData(2026, -1)]
    [InlineData(1, 2)]
    [InlineData(99999, 2)]
    public void There_is_no_quarter_outside_1_to_4_or_outside_sensible_years(int year, int quarter)
    {
        Assert.Null(ReviewPeriods.Quarter(year, quarter));
    }

    [Fact]
    public void A_weekly_check_in_covers_the_persons_week_and_a_monthly_one_the_month()
    {
        var wednesday = new DateOnly(2026, 11, 25);

        Assert.Equal(new DateRange(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29)), ReviewPeriods.Covering(ReviewKind.Weekly, wednesday, DayOfWeek.Monday));
        Assert.Equal(new DateRange(new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 28)), ReviewPeriods.Covering(ReviewKind.Weekly, wednesday, DayOfWeek.Sunday));
        Assert.Equal(new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), ReviewPeriods.Covering(ReviewKind.Monthly, wednesday, DayOfWeek.Monday));
        Assert.Equal(new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), ReviewPeriods.Covering(ReviewKind.Annual, wednesday, DayOfWeek.Monday));
    }

    [Fact]
    public void The_value_at_the_start_and_end_of_a_quarter_is_the_latest_reading_on_or_before_each_day()
    {
        var readings = new[]
        {
            (Date: new DateOnly(2026, 9, 20), Value: 2.0),
            (Date: new DateOnly(2026, 6, 1), Value: 1.0),
            (Date: new DateOnly(2026, 7, 1), Value: 1.5),
            (Date: new DateOnly(2026, 10, 1), Value: 3.0),
        };
        var q3 = ReviewPeriods.Quarter(2026, 3)!.Value;

        Assert.Equal(1.5, ReviewPeriods.ValueOn(readings, r => r.Date, r => r.Value, q3.Start)); // a reading on the first day counts
        Assert.Equal(2.0, ReviewPeriods.ValueOn(readings, r => r.Date, r => r.Value, q3.End)); // the one after the quarter does not
        Assert.Null(ReviewPeriods.ValueOn(readings, r => r.Date, r => r.Value, new DateOnly(2026, 5, 31)));
        Assert.Equal(50, GoalRules.Progress(MetricType.Number, 0, 4, ReviewPeriods.ValueOn(readings, r => r.Date, r => r.Value, q3.End)));
    }

    [Fact]
    public void Of_two_readings_on_the_same_day_the_one_recorded_later_is_the_value_of_that_day()
    {
        var day = new DateOnly(2026, 9, 20);
        var readings = new[] { (Date: day, Value: 2.0), (Date: day.AddDays(-3), Value: 9.0), (Date: day, Value: 2.5), (Date: day.AddDays(-1), Value: 7.0) };

        Assert.Equal(2.5, ReviewPeriods.ValueOn(readings, r => r.Date, r => r.Value, day));
        Assert.Equal(7.0, ReviewPeriods.ValueOn(readings, r => r.Date, r => r.Value, day.AddDays(-1)));
    }
}
