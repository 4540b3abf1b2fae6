using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class MilestonePlanningTests
{
    private sealed class Step(string title)
    {
        public string Title { get; } = title;
        public int Sequence { get; set; }
    }

    [Fact]
    public void Planning_backwards_puts_each_new_answer_first_so_the_list_reads_in_time_order()
    {
        var chronological = new List<Step>();

        // Goal: lead a team. "Just before that?" → first answer is the last step in time.
        foreach (var answer in new[] { "Acting lead for a quarter", "Mentor two juniors", "Ask my manager for stretch work" })
        {
            MilestonePlanning.PlanBefore(chronological, new Step(answer), (s, n) => s.Sequence = n);
        }

        Assert.Equal(["Ask my manager for stretch work", "Mentor two juniors", "Acting lead for a quarter"], chronological.Select(s => s.Title));
        Assert.Equal([1, 2, 3], chronological.Select(s => s.Sequence));
    }

    [Fact]
    public void Suggested_dates_are_spread_evenly_between_today_and_the_target()
    {
        var today = new DateOnly(2026, 1, 1);

        var dates = MilestonePlanning.SuggestDates(today, today.AddDays(100), 3);

        Assert.Equal([today.AddDays(25), today.AddDays(50), today.AddDays(75)], dates);
    }

    [Fact]
    public void With_the_target_three_days_away_dates_stay_in_range_and_in_order()
    {
        var today = new DateOnly(2026, 1, 1);

        var two = MilestonePlanning.SuggestDates(today, today.AddDays(3), 2);
        var five = MilestonePlanning.SuggestDates(today, today.AddDays(3), 5);

        Assert.Equal([today.AddDays(1), today.AddDays(2)], two);
        Assert.All(five, d => Assert.InRange(d, today, today.AddDays(3)));
        Assert.Equal(five.Order(), five);
    }

    [Fact]
    public void A_date_earlier_than_the_milestone_before_it_is_flagged_and_undated_ones_are_skipped()
    {
        DateOnly? D(int day) => new DateOnly(2026, 3, day);

        Assert.Equal([2], MilestonePlanning.OutOfOrder([D(1), D(10), D(5), D(20)]));
        Assert.Equal([3], MilestonePlanning.OutOfOrder([D(1), null, D(10), D(9)]));
        Assert.Empty(MilestonePlanning.OutOfOrder([D(1), D(1), D(2)]));
    }
}

public class ActionWeeksTests
{
    // Sunday 1 March 2026 and the days around it.
    private static readonly DateOnly Saturday = new(2026, 2, 28);
    private static readonly DateOnly Sunday = new(2026, 3, 1);
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public void A_sunday_first_week_starts_on_sunday_and_a_monday_first_one_on_monday()
    {
        Assert.Equal(Sunday, ActionWeeks.WeekStart(Monday, DayOfWeek.Sunday));
        Assert.Equal(Sunday, ActionWeeks.WeekStart(Sunday, DayOfWeek.Sunday));
        Assert.Equal(new DateOnly(2026, 2, 22), ActionWeeks.WeekStart(Saturday, DayOfWeek.Sunday));
        Assert.Equal(new DateOnly(2026, 2, 23), ActionWeeks.WeekStart(Sunday, DayOfWeek.Monday));
        Assert.Equal(Monday, ActionWeeks.WeekStart(Monday, DayOfWeek.Monday));
    }

    [Fact]
    public void An_open_action_due_last_week_has_carried_over_once_and_a_week_later_twice()
    {
        Assert.Equal(1, ActionWeeks.CarryOvers(Saturday, isOpen: true, Sunday, DayOfWeek.Sunday));
        Assert.Equal(2, ActionWeeks.CarryOvers(Saturday, isOpen: true, Sunday.AddDays(7), DayOfWeek.Sunday));
        // For a Monday-first person, Saturday and Sunday are the same week: nothing has carried over yet.
        Assert.Equal(0, ActionWeeks.CarryOvers(Saturday, isOpen: true, Sunday, DayOfWeek.Monday));
    }

    [Fact]
    public void An_action_due_this_week_or_later_or_already_done_never_carries_over()
    {
        Assert.Equal(0, ActionWeeks.CarryOvers(Monday, isOpen: true, Monday, DayOfWeek.Sunday));
        Assert.Equal(0, ActionWeeks.CarryOvers(Monday.AddDays(30), isOpen: true, Monday, DayOfWeek.Sunday));
        Assert.Equal(0, ActionWeeks.CarryOvers(Saturday, isOpen: false, Monday.AddDays(14), DayOfWeek.Sunday));
    }
}
