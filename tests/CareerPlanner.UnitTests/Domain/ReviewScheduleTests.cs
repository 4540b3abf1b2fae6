using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class ReviewScheduleTests
{
    private static readonly DateOnly Started = new(2026, 11, 1);
    private static readonly DateOnly LongAgo = new(2020, 1, 1);

    private static Moment At(string utc) => Moment.At(utc);

    [Fact]
    public void A_weekly_check_in_is_due_a_week_after_the_plan_began_or_the_last_review_and_overdue_a_week_later()
    {
        Assert.Null(ReviewSchedule.CheckIn(new DateOnly(2026, 11, 7), null, Started, CheckInCadence.Weekly, DayOfWeek.Monday));
        var due = ReviewSchedule.CheckIn(new DateOnly(2026, 11, 8), null, Started, CheckInCadence.Weekly, DayOfWeek.Monday)!;
        Assert.Equal((ReviewKind.Weekly, new DateOnly(2026, 11, 8), false), (due.Kind, due.DueSince, due.IsOverdue));
        Assert.Null(ReviewSchedule.CheckIn(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 14), Started, CheckInCadence.Weekly, DayOfWeek.Monday));
        Assert.False(ReviewSchedule.CheckIn(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 14), Started, CheckInCadence.Weekly, DayOfWeek.Monday)!.IsOverdue);
        Assert.True(ReviewSchedule.CheckIn(new DateOnly(2026, 11, 28), new DateOnly(2026, 11, 14), Started, CheckInCadence.Weekly, DayOfWeek.Monday)!.IsOverdue);
    }

    [Fact]
    public void A_monthly_check_in_is_due_a_calendar_month_after_the_last_review_even_across_a_short_month()
    {
        Assert.Null(ReviewSchedule.CheckIn(new DateOnly(2027, 2, 27), new DateOnly(2027, 1, 31), Started, CheckInCadence.Monthly, DayOfWeek.Monday));
        var due = ReviewSchedule.CheckIn(new DateOnly(2027, 2, 28), new DateOnly(2027, 1, 31), Started, CheckInCadence.Monthly, DayOfWeek.Monday)!;
        Assert.Equal((ReviewKind.Monthly, new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 28)), (due.Kind, due.PeriodStart, due.DueSince));
        Assert.Null(ReviewSchedule.CheckIn(new DateOnly(2026, 11, 30), null, Started, CheckInCadence.Monthly, DayOfWeek.Monday));
        Assert.True(ReviewSchedule.CheckIn(new DateOnly(2027, 1, 1), null, Started, CheckInCadence.Monthly, DayOfWeek.Monday)!.IsOverdue);
    }

    [Fact]
    public void A_quarterly_review_is_due_14_days_before_the_quarter_ends_and_overdue_14_days_after()
    {
        var q4 = new DateOnly(2026, 10, 1);
        var q3 = new DateOnly(2026, 7, 1);

        Assert.Null(ReviewSchedule.Quarterly(new DateOnly(2026, 12, 17), LongAgo, start => start == q3));
        var due = ReviewSchedule.Quarterly(new DateOnly(2026, 12, 18), LongAgo, start => start == q3)!;
        Assert.Equal((ReviewKind.Quarterly, q4, new DateOnly(2026, 12, 18), false), (due.Kind, due.PeriodStart, due.DueSince, due.IsOverdue));
        Assert.Null(ReviewSchedule.Quarterly(new DateOnly(2026, 12, 18), LongAgo, _ => true));
        Assert.False(ReviewSchedule.Quarterly(new DateOnly(2027, 1, 14), LongAgo, start => start != q4)!.IsOverdue);
        Assert.True(ReviewSchedule.Quarterly(new DateOnly(2027, 1, 15), LongAgo, start => start != q4)!.IsOverdue);
        Assert.Null(ReviewSchedule.Quarterly(new DateOnly(2027, 1, 15), LongAgo, _ => true));
    }

    [Fact]
    public void An_annual_review_is_due_from_18_December_until_one_exists_and_overdue_from_15_January()
    {
        var year2026 = new DateOnly(2026, 1, 1);

        Assert.Null(ReviewSchedule.Annual(new DateOnly(2026, 12, 17), LongAgo, start => start.Year == 2025));
        Assert.Equal(year2026, ReviewSchedule.Annual(new DateOnly(2026, 12, 18), LongAgo, start => start.Year == 2025)!.PeriodStart);
        Assert.False(ReviewSchedule.Annual(new DateOnly(2027, 1, 14), LongAgo, _ => false)!.IsOverdue);
        var overdue = ReviewSchedule.Annual(new DateOnly(2027, 1, 15), LongAgo, _ => false)!;
        Assert.Equal((year2026, true), (overdue.PeriodStart, overdue.IsOverdue));
        Assert.Null(ReviewSchedule.Annual(new DateOnly(2027, 1, 15), LongAgo, start => start == year2026));
    }

    [Fact]
    public void A_period_that_ended_before_the_plan_began_is_never_due()
    {
        var startedInSeptember = new DateOnly(2027, 9, 5);

        var due = ReviewSchedule.Quarterly(new DateOnly(2027, 9, 20), startedInSeptember, _ => false)!;
        Assert.Equal(new DateOnly(2027, 7, 1), due.PeriodStart); // the current quarter, not the unreviewed Q2 before the plan
        Assert.Null(ReviewSchedule.Quarterly(new DateOnly(2027, 9, 16), startedInSeptember, _ => false));
        Assert.Null(ReviewSchedule.Annual(new DateOnly(2027, 1, 10), new DateOnly(2027, 1, 2), _ => false));
    }

    [Fact]
    public void On_17_December_at_23_30_utc_the_quarterly_review_is_due_in_Auckland_but_not_yet_in_Los_Angeles()
    {
        var clock = At("2026-12-17T23:30:00Z");
        var auckland = UserCalendar.From("Pacific/Auckland", DayOfWeek.Monday);
        var losAngeles = UserCalendar.From("America/Los_Angeles", DayOfWeek.Sunday);
        static bool Q3Done(DateOnly start) => start == new DateOnly(2026, 7, 1);

        Assert.Equal(ReviewKind.Quarterly, ReviewSchedule.Quarterly(clock.Today(auckland), LongAgo, Q3Done)?.Kind);
        Assert.Null(ReviewSchedule.Quarterly(clock.Today(losAngeles), LongAgo, Q3Done));
    }

    [Fact]
    public void On_14_January_at_12_00_utc_a_missed_q4_review_is_overdue_in_Auckland_and_only_due_in_Los_Angeles()
    {
        var clock = At("2027-01-14T12:00:00Z"); // 15 January 01:00 in Auckland, 14 January 04:00 in Los Angeles
        static bool Q3Done(DateOnly start) => start == new DateOnly(2026, 7, 1);

        Assert.True(ReviewSchedule.Quarterly(clock.Today(UserCalendar.From("Pacific/Auckland", DayOfWeek.Monday)), LongAgo, Q3Done)!.IsOverdue);
        Assert.False(ReviewSchedule.Quarterly(clock.Today(UserCalendar.From("America/Los_Angeles", DayOfWeek.Sunday)), LongAgo, Q3Done)!.IsOverdue);
    }
}
