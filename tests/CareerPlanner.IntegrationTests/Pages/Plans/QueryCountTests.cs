using System.Globalization;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Plans;

/// <summary>
/// The plan's busiest pages cost the same few SQL commands for a plan of 1 goal, milestone and action as for 500 of each:
/// the quarter page four (the plan with its reviews and their adjustments, the goals, their readings, the quarter's
/// dated lines), the action hub four (the plan with its checklist, the actions, the milestones and learning, the wins),
/// the overview eleven (its many parts; each part one query at most).
/// </summary>
public class QueryCountTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Theory]
    [InlineData("/Plans/{0}", 11)]
    [InlineData("/Plans/{0}/Wizard/action", 4)]
    [InlineData("/Plans/{0}/Reviews/Quarterly/{1}", 4)]
    public async Task A_plan_page_issues_as_few_sql_commands_for_500_goals_milestones_and_actions_as_for_one(string path, int atMost)
    {
        var (small, _) = await factory.RegisterNewUserAsync();
        var smallPlan = await factory.PlanWithAsync(small, 1);
        var (large, _) = await factory.RegisterNewUserAsync();
        var largePlan = await factory.PlanWithAsync(large, 500);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        string PathFor(int plan) => string.Format(CultureInfo.InvariantCulture, path, plan, $"{today.Year}/{(today.Month + 2) / 3}");
        await small.GetPageAsync(PathFor(smallPlan)); // warm up, both people (their calendars are then known)
        await large.GetPageAsync(PathFor(largePlan));

        var forOne = await factory.SqlCommands.RecordAsync(() => small.GetPageAsync(PathFor(smallPlan)));
        var forFiveHundred = await factory.SqlCommands.RecordAsync(() => large.GetPageAsync(PathFor(largePlan)));

        Assert.True(forOne.Count is >= 1 && forOne.Count <= atMost, $"{forOne.Count} commands:\n{string.Join("\n\n", forOne)}");
        Assert.Equal(forOne.Count, forFiveHundred.Count);
        var page = await large.GetPageAsync(PathFor(largePlan));
        Assert.Contains("Goal 499", page.Document.Body!.TextContent, StringComparison.Ordinal);
    }
}
