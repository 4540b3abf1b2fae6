using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Dashboard;

/// <summary>The dashboard costs the same number of SQL commands for a plan of 1 goal, milestone and action as for 200 of each.</summary>
public class QueryCountTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task The_dashboard_issues_as_many_sql_commands_for_200_goals_milestones_and_actions_as_for_one()
    {
        var (small, _) = await factory.RegisterNewUserAsync();
        await factory.PlanWithAsync(small, 1);
        var (large, _) = await factory.RegisterNewUserAsync();
        await factory.PlanWithAsync(large, 200);
        await small.GetPageAsync("/Dashboard"); // warm up

        var forOne = await factory.SqlCommands.CountAsync(() => small.GetPageAsync("/Dashboard"));
        var forTwoHundred = await factory.SqlCommands.CountAsync(() => large.GetPageAsync("/Dashboard"));

        Assert.Equal(forOne, forTwoHundred);
        var page = await large.GetPageAsync("/Dashboard");
        Assert.Contains("Next step", page.Text("[data-testid=due-actions]"), StringComparison.Ordinal);
    }
}
