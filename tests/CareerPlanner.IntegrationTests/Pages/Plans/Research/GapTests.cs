using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Plans.Research;

public class GapTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Add_to_my_plan_from_the_gap_view_comes_back_to_the_gap_view_naming_the_new_action()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var optionId = await client.CreateOptionAsync(planId, "Data engineer", status: "ChosenTarget");
        using (await client.SubmitAsync($"/Plans/{planId}/Options/{optionId}", new Dictionary<string, string> { ["Input.Name"] = "Spark", ["Input.RequiredLevel"] = "3" })) { }

        var gap = await client.GetPageAsync($"/Plans/{planId}/Gap/{optionId}");
        var add = gap.Document.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Add to my plan", StringComparison.Ordinal)).GetAttribute("href")!;
        using var created = await client.SubmitAsync(add, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/Plans/{planId}/Gap/{optionId}", created.Headers.Location!.OriginalString);
        var back = await client.GetPageAsync(created.Headers.Location.OriginalString);
        Assert.Contains("Close the gap in Spark: from 0 to 3", back.Text("[data-testid=status-message]"), StringComparison.Ordinal);
    }
}
