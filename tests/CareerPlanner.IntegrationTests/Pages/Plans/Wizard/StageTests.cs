using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Plans.Wizard;

public class StageTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Leaving_at_research_and_coming_back_resumes_at_research()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();
        var hub = await client.GetPageAsync($"/Plans/{id}/Wizard/self-assessment");

        using var moved = await client.SubmitAsync(hub, hub.Form("form.border-top"), new Dictionary<string, string> { ["to"] = "research" });
        Assert.Equal($"/Plans/{id}/Wizard/research", moved.Headers.Location!.OriginalString);

        using var resumed = await factory.CreateBrowserLikeClient().GetAsync("/"); // another visit, later
        using var wizard = await client.GetAsync($"/Plans/{id}/Wizard");

        Assert.Equal(HttpStatusCode.Redirect, wizard.StatusCode);
        Assert.Equal($"/Plans/{id}/Wizard/research", wizard.Headers.Location!.OriginalString);
        Assert.Contains("Current stage: Research", (await client.GetPageAsync($"/Plans/{id}")).Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Looking_at_a_stage_changes_nothing_only_working_in_it_does()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();

        await client.GetPageAsync($"/Plans/{id}/Wizard/evaluation");
        using var wizard = await client.GetAsync($"/Plans/{id}/Wizard");

        Assert.Equal($"/Plans/{id}/Wizard/self-assessment", wizard.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Every_hub_has_the_step_indicator_with_the_current_stage_marked()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();
        var stages = new[] { "self-assessment", "research", "planning", "action", "evaluation" };

        for (var n = 0; n < stages.Length; n++)
        {
            var hub = await client.GetPageAsync($"/Plans/{id}/Wizard/{stages[n]}");

            Assert.Equal($"Step {n + 1} of 5", hub.Text("[data-testid=step-of]"));
            var current = Assert.Single(hub.Document.QuerySelectorAll("nav [aria-current=step]"));
            Assert.Equal(stages[n], current.GetAttribute("value"));
            Assert.Equal(5, hub.Document.QuerySelectorAll("nav button[name=to]").Length);
            Assert.Equal(5, hub.Document.QuerySelectorAll("nav button[name=to] .visually-hidden").Count(s => s.TextContent.Contains("not done", StringComparison.Ordinal)));
            Assert.Equal(n > 0, hub.Document.QuerySelectorAll("button").Any(b => b.TextContent.StartsWith("Back to", StringComparison.Ordinal)));
            Assert.Equal(n < 4, hub.Document.QuerySelectorAll("button").Any(b => b.TextContent.StartsWith("Continue to", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task The_planning_checklist_reflects_what_exists()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();
        var before = await client.GetPageAsync($"/Plans/{id}/Wizard/planning");
        Assert.All(before.Document.QuerySelectorAll("[data-testid=checklist] li"), li => Assert.Equal("false", li.GetAttribute("data-met")));

        using (await client.SubmitAsync($"/Plans/{id}/Vision", new Dictionary<string, string> { ["Input.VisionStatement"] = "Lead a team I am proud of." })) { }
        var after = await client.GetPageAsync($"/Plans/{id}/Wizard/planning");

        var items = after.Document.QuerySelectorAll("[data-testid=checklist] li").ToList();
        Assert.Equal("true", items[0].GetAttribute("data-met"));
        Assert.Contains("vision", items[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("false", items[1].GetAttribute("data-met"));
    }

    [Fact]
    public async Task The_self_assessment_checklist_lists_its_minimum_unmet_until_those_sections_exist()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();

        var hub = await client.GetPageAsync($"/Plans/{id}/Wizard/self-assessment");

        var items = hub.Document.QuerySelectorAll("[data-testid=checklist] li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, items.Count);
        Assert.Contains(items, i => i.Contains("3 strengths", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("3 rated skills", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("planning%20")]
    public async Task An_unknown_stage_is_a_404(string stage)
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();

        using var response = await client.GetAsync($"/Plans/{id}/Wizard/{stage}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
