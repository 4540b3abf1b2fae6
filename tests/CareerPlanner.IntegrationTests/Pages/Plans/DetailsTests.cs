using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Plans;

public class DetailsTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task The_overview_is_organised_as_assets_career_goals_strategy_and_marketing_strategy()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync("Lead a product team");

        var page = await client.GetPageAsync($"/Plans/{id}");

        Assert.Equal("Lead a product team", page.Text("h1"));
        var parts = page.Document.QuerySelectorAll("section.plan-part h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Assets", "Career goals", "Strategy", "Marketing strategy", "Evaluation"], parts);
        Assert.Contains("Current stage: Self-assessment", page.Text("main"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"a[href='/Plans/{id}/Vision']"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=marketing-strategy] a[href='/Brand']")); // leads to writing the brand
    }

    [Fact]
    public async Task Archiving_hides_the_plan_from_the_list_and_restoring_brings_it_back()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync("A path for later");
        var overview = await client.GetPageAsync($"/Plans/{id}");

        using var archived = await client.SubmitAsync(overview, overview.Form("form[action*='handler=Archive']"));

        Assert.Equal("/Plans", archived.Headers.Location!.OriginalString);
        Assert.DoesNotContain("A path for later", (await client.GetPageAsync("/Plans")).Text("main"), StringComparison.Ordinal);
        var archive = await client.GetPageAsync("/Plans?archived=true");
        Assert.Contains("A path for later", archive.Text("main"), StringComparison.Ordinal);

        var archivedOverview = await client.GetPageAsync($"/Plans/{id}");
        using var restored = await client.SubmitAsync(archivedOverview, archivedOverview.Form("form[action*='handler=Restore']"));

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("A path for later", (await client.GetPageAsync("/Plans")).Text("[data-testid=plan-list]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Plans/abc")]
    [InlineData("/Plans/99999999")]
    [InlineData("/Plans/1.5/Rename")]
    [InlineData("/Plans/-1/Wizard")]
    public async Task An_id_that_is_not_a_plan_of_yours_is_a_404_never_a_500(string path)
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
