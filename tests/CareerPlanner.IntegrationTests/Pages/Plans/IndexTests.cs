using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Plans;

public class IndexTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task A_person_without_plans_is_told_what_a_plan_is_and_offered_to_create_the_first()
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        var page = await client.GetPageAsync("/Plans");

        Assert.Contains("A career plan is where you decide", page.Text("main"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/Plans/Create']"));
        Assert.Null(page.Document.QuerySelector("[data-testid=plan-list]"));
    }

    [Fact]
    public async Task The_list_shows_each_plan_with_its_current_stage_and_progress_newest_first()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        await client.CreatePlanAsync("First direction");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await client.CreatePlanAsync("Second direction");

        var page = await client.GetPageAsync("/Plans");

        var titles = page.Document.QuerySelectorAll("[data-testid=plan-list] h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Second direction", "First direction"], titles);
        Assert.All(page.Document.QuerySelectorAll("[data-testid=plan-stage]"), s => Assert.Equal("Self-assessment", s.TextContent));
        Assert.Contains("0 of 5 stages done", page.Text("[data-testid=plan-list]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plans_of_other_people_are_never_listed()
    {
        var (someone, _) = await factory.RegisterNewUserAsync();
        await someone.CreatePlanAsync("Someone else's secret plan");
        var (client, _) = await factory.RegisterNewUserAsync();

        var page = await client.GetPageAsync("/Plans");

        Assert.DoesNotContain("secret plan", page.Text("main"), StringComparison.Ordinal);
    }
}
