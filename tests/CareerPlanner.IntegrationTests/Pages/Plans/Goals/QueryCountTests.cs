using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.IntegrationTests.Pages.Plans.Goals;

/// <summary>
/// The goals list and the planning hub cost the same number of SQL commands for 1 goal as for 500 (no query per goal); the
/// goals list reads the plan, the goals with their facts and the removed goals: three.
/// </summary>
public class QueryCountTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Theory]
    [InlineData("/Plans/{0}/Goals", 3)]
    [InlineData("/Plans/{0}/Wizard/planning", 4)]
    public async Task A_page_of_goals_issues_as_many_sql_commands_for_500_goals_with_readings_as_for_one(string path, int atMost)
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var small = await PlanWithGoalsAsync(client, 1);
        var large = await PlanWithGoalsAsync(client, 500);
        await client.GetPageAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, small)); // warm up

        var forOne = await factory.SqlCommands.CountAsync(() => client.GetPageAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, small)));
        var forFiveHundred = await factory.SqlCommands.CountAsync(() => client.GetPageAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, large)));

        Assert.InRange(forOne, 1, atMost);
        Assert.Equal(forOne, forFiveHundred);
        var page = await client.GetPageAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, large));
        Assert.Equal(500, page.Document.QuerySelectorAll("[data-testid=goal]").Length);
    }

    /// <summary>One goal through the form; the rest written straight to the database, each with three readings.</summary>
    private async Task<int> PlanWithGoalsAsync(HttpClient client, int goals)
    {
        var planId = await client.CreatePlanAsync($"Plan with {goals} goals");
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        await client.CreateGoalAsync(planId, today);
        await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var created = Enumerable.Range(1, goals - 1).Select(n => new Goal(planId, today, now)
            {
                Title = $"Ship side project number {n}", Description = "Done", MetricType = MetricType.Number, MetricWhat = "features",
                Baseline = 0, Target = 10, Achievable = "Evenings", RelevanceReason = "Because it matters to me a lot",
                Horizon = GoalHorizon.OneYear, TargetDate = today.AddMonths(6),
            }).ToList();
            db.Goals.AddRange(created);
            await db.SaveChangesAsync(); // one save for all the goals, then one for all their readings
            db.ProgressReadings.AddRange(created.SelectMany(goal => Enumerable.Range(1, 3).Select(r => new ProgressReading(goal.Id, today.AddDays(-r), r, null, now))));
            await db.SaveChangesAsync();
        });
        return planId;
    }
}
