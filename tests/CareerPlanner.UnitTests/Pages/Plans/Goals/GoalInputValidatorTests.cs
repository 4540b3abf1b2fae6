using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Pages.Plans.Goals;

namespace CareerPlanner.UnitTests.Pages.Plans.Goals;

public class GoalInputValidatorTests
{
    private static GoalInput Valid() => new()
    {
        Title = "Pass the AWS data exam", Description = "Certified", MetricType = MetricType.Number, MetricWhat = "exams passed",
        Baseline = 0, Target = 1, Achievable = "Evenings", Horizon = GoalHorizon.OneYear, TargetDate = new DateOnly(2027, 1, 1),
    };

    private static IEnumerable<string> Errors(GoalInput input) => new GoalInputValidator().Validate(input).Errors.Select(e => e.PropertyName);

    [Fact]
    public void A_complete_goal_is_valid() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void A_target_equal_to_the_baseline_is_refused_on_the_target()
    {
        var input = Valid();
        input.Target = 0;

        Assert.Equal(["Target"], Errors(input));
    }

    [Fact]
    public void A_falling_target_is_allowed()
    {
        var input = Valid();
        (input.Baseline, input.Target) = (15, 5);

        Assert.Empty(Errors(input));
    }

    [Fact]
    public void A_done_or_not_done_goal_needs_no_numbers()
    {
        var input = Valid();
        input.MetricType = MetricType.DoneOrNotDone;
        (input.MetricWhat, input.Baseline, input.Target) = (null, null, null);

        Assert.Empty(Errors(input));
    }

    [Fact]
    public void A_number_goal_without_what_is_counted_baseline_and_target_names_all_three()
    {
        var input = Valid();
        (input.MetricWhat, input.Baseline, input.Target) = (" ", null, null);

        Assert.Equal(["MetricWhat", "Baseline", "Target"], Errors(input));
    }

    [Fact]
    public void Achieved_needs_its_date_and_dropped_its_reason()
    {
        var achieved = Valid();
        achieved.Status = GoalStatus.Achieved;
        var dropped = Valid();
        dropped.Status = GoalStatus.Dropped;

        Assert.Equal(["AchievedOn"], Errors(achieved));
        Assert.Equal(["DropReason"], Errors(dropped));
    }
}
