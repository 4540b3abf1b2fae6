using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class GoalRulesTests
{
    [Theory]
    [InlineData("Pass the AZ-204 exam", true)]
    [InlineData("Lead a team", true)]
    [InlineData("get better", false)]
    [InlineData("get better at things", false)]
    [InlineData("Improve my work", false)]
    [InlineData("Learn Spanish", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_title_is_specific_with_three_words_that_are_not_all_filler(string? title, bool specific) =>
        Assert.Equal(specific, GoalRules.IsSpecificTitle(title));

    [Fact]
    public void The_horizon_ends_on_the_same_day_years_later_and_that_day_is_allowed()
    {
        var created = new DateOnly(2026, 3, 15);

        Assert.Equal(new DateOnly(2027, 3, 15), GoalRules.HorizonEnd(created, GoalHorizon.OneYear));
        Assert.True(GoalRules.FitsHorizon(created, GoalHorizon.OneYear, new DateOnly(2027, 3, 15)));
        Assert.False(GoalRules.FitsHorizon(created, GoalHorizon.OneYear, new DateOnly(2027, 3, 16)));
    }

    [Fact]
    public void A_goal_created_on_a_leap_day_may_be_due_on_the_28th_of_february_a_year_later()
    {
        var leapDay = new DateOnly(2028, 2, 29);

        Assert.Equal(new DateOnly(2029, 2, 28), GoalRules.HorizonEnd(leapDay, GoalHorizon.OneYear));
        Assert.False(GoalRules.FitsHorizon(leapDay, GoalHorizon.OneYear, new DateOnly(2029, 3, 1)));
        Assert.Equal(new DateOnly(2033, 2, 28), GoalRules.HorizonEnd(leapDay, GoalHorizon.FiveYears));
    }

    [Theory]
    [InlineData("2026-12-31", GoalHorizon.OneYear)]
    [InlineData("2027-03-15", GoalHorizon.OneYear)]
    [InlineData("2027-03-16", GoalHorizon.ThreeYears)]
    [InlineData("2031-03-15", GoalHorizon.FiveYears)]
    [InlineData("2035-01-01", GoalHorizon.TenYears)]
    public void The_shortest_horizon_that_reaches_the_date_is_suggested(string date, GoalHorizon expected) =>
        Assert.Equal(expected, GoalRules.ShortestHorizonFor(new DateOnly(2026, 3, 15), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0.0, 10.0, 5.0, 50)]
    [InlineData(0.0, 10.0, 12.0, 100)]
    [InlineData(0.0, 10.0, -3.0, 0)]
    [InlineData(15.0, 5.0, 10.0, 50)]
    [InlineData(15.0, 5.0, 4.0, 100)]
    [InlineData(15.0, 5.0, 16.0, 0)]
    [InlineData(2.0, 3.0, 2.5, 50)]
    public void Progress_runs_from_baseline_to_target_clamped_and_right_for_falling_targets(double baseline, double target, double latest, int percent) =>
        Assert.Equal(percent, GoalRules.Progress(MetricType.Number, baseline, target, latest));

    [Fact]
    public void Without_a_reading_progress_is_zero_and_a_done_goal_is_complete()
    {
        Assert.Equal(0, GoalRules.Progress(MetricType.Number, 0, 10, null));
        Assert.Equal(0, GoalRules.Progress(MetricType.DoneOrNotDone, null, null, null));
        Assert.Equal(100, GoalRules.Progress(MetricType.DoneOrNotDone, null, null, 1));
    }

    [Theory]
    [InlineData(GoalHorizon.FiveYears, GoalHorizon.OneYear, true)]
    [InlineData(GoalHorizon.ThreeYears, GoalHorizon.ThreeYears, true)]
    [InlineData(GoalHorizon.OneYear, GoalHorizon.ThreeYears, false)]
    public void A_parent_looks_at_least_as_far_ahead_as_its_child(GoalHorizon parent, GoalHorizon child, bool allowed) =>
        Assert.Equal(allowed, GoalRules.ParentHorizonAllows(parent, child));
}
