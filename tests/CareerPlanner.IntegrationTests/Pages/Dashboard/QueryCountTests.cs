using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Dashboard;

/// <summary>
/// The dashboard costs the same few SQL commands for a plan of 1 goal, milestone and action as for 500 of each: the plans
/// with their due reviews, the actions due with the milestones ahead, the goals with their facts, and the person with the contacts due.
/// </summary>
public class QueryCountTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task The_dashboard_issues_at_most_four_sql_commands_for_one_goal_and_as_many_for_500_goals_milestones_and_actions()
    {
        var (small, _) = await factory.RegisterNewUserAsync();
        await factory.PlanWithAsync(small, 1);
        var (large, _) = await factory.RegisterNewUserAsync();
        await factory.PlanWithAsync(large, 500);
        await small.GetPageAsync("/Dashboard"); // warm up, both people (their calendars are then known)
        await large.GetPageAsync("/Dashboard");

        var forOne = await factory.SqlCommands.CountAsync(() => small.GetPageAsync("/Dashboard"));
        var forFiveHundred = await factory.SqlCommands.CountAsync(() => large.GetPageAsync("/Dashboard"));

        Assert.InRange(forOne, 1, 4);
        Assert.Equal(forOne, forFiveHundred);
        var page = await large.GetPageAsync("/Dashboard");
        Assert.Contains("Next step", page.Text("[data-testid=due-actions]"), StringComparison.Ordinal);
    }
}
