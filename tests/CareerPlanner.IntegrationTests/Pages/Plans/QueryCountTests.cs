using System.Globalization;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Plans;

/// <summary>
/// The plan's busiest pages cost the same few SQL commands for a plan of 1 goal, milestone and action as for 500 of each:
/// the quarter page four (the plan with its reviews and their adjustments, the goals, their readings, the quarter's
/// dated lines), the action hub four (the plan with its checklist, the actions, the milestones and learning, the wins),
/// the overview four (the plan with its checklist, the person's assets and brand, the goals, the plan's other rows).
/// </summary>
public class QueryCountTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Theory]
    [InlineData("/Plans/{0}", 4)]
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

/// <summary>The comments page reads every thread's comments at once: the same SQL commands for one thread as for six.</summary>
public class CommentsQueryCountTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task The_comments_page_issues_as_many_sql_commands_for_six_threads_as_for_one()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var few = await factory.PlanWithAsync(client, 5);
        var many = await factory.PlanWithAsync(client, 5);
        await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            foreach (var (planId, threads) in new[] { (few, 1), (many, 6) })
            {
                var ownerId = await db.Plans.Where(p => p.Id == planId).Select(p => p.OwnerId).SingleAsync();
                var goalIds = await db.Goals.Where(g => g.PlanId == planId).OrderBy(g => g.Id).Select(g => (int?)g.Id).ToListAsync();
                foreach (var goalId in new int?[] { null }.Concat(goalIds).Take(threads))
                {
                    db.PlanComments.Add(new PlanComment(planId, goalId, null, ownerId, byOwner: true, $"A note on {goalId?.ToString(CultureInfo.InvariantCulture) ?? "the plan"}", now));
                }
            }
            await db.SaveChangesAsync();
        });
        await client.GetPageAsync($"/Plans/{few}/Comments"); // warm up

        var forOne = await factory.SqlCommands.CountAsync(() => client.GetPageAsync($"/Plans/{few}/Comments"));
        var forSix = await factory.SqlCommands.CountAsync(() => client.GetPageAsync($"/Plans/{many}/Comments"));
        var page = await client.GetPageAsync($"/Plans/{many}/Comments");

        Assert.Equal(forOne, forSix);
        Assert.Equal(5, page.Document.QuerySelectorAll("main h2 a[href*='/Goals/']").Length); // a thread for each of five goals
        Assert.Equal(6, page.Document.QuerySelectorAll("[data-testid=comment]").Length); // each in its thread, the plan's own included
    }
}
