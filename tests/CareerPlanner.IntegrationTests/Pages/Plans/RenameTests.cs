using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Infrastructure;

namespace CareerPlanner.IntegrationTests.Pages.Plans;

public class RenameTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Renaming_changes_the_title_everywhere()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync("Old title");

        using var response = await client.SubmitAsync($"/Plans/{id}/Rename", new Dictionary<string, string> { ["Input.Title"] = "New title" });

        Assert.Equal($"/Plans/{id}", response.Headers.Location!.OriginalString);
        var overview = await client.GetPageAsync($"/Plans/{id}");
        Assert.Equal("New title", overview.Text("h1"));
        Assert.Equal("Plan renamed.", overview.Text("[data-testid=status-message]"));
    }

    [Fact]
    public async Task Saving_from_a_stale_tab_overwrites_nothing_and_keeps_what_was_typed()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync("Original");
        var staleTab = await client.GetPageAsync($"/Plans/{id}/Rename");
        using (await client.SubmitAsync($"/Plans/{id}/Rename", new Dictionary<string, string> { ["Input.Title"] = "Saved in the other tab" })) { }

        using var response = await client.SubmitAsync(staleTab, staleTab.Form(), new Dictionary<string, string> { ["Input.Title"] = "Typed in the stale tab" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("Typed in the stale tab", page.InputValue("Input.Title"));
        Assert.Contains(Concurrency.ConflictMessage, page.SummaryErrors);
        Assert.Equal("Saved in the other tab", (await client.GetPageAsync($"/Plans/{id}")).Text("h1"));
    }
}
