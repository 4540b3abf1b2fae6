using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Dashboard;

public class GettingStartedTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private static async Task<List<bool>> StepsAsync(HttpClient client) =>
        [.. (await client.GetPageAsync("/Dashboard")).Document.QuerySelectorAll("[data-testid=start-step]").Select(li => li.GetAttribute("data-done") == "true")];

    [Fact]
    public async Task The_checklist_ticks_each_step_as_its_data_appears_and_goes_when_all_are_done()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        Assert.Equal([false, false, false, false, false, false], await StepsAsync(client));

        using (await client.SubmitAsync("/SelfAssessment/Items/Create/Strength", new Dictionary<string, string> { ["Input.Text"] = "Explaining things" })) { }
        Assert.Equal([true, false, false, false, false, false], await StepsAsync(client));

        var planId = await client.CreatePlanAsync("First plan");
        Assert.Equal([true, true, false, false, false, false], await StepsAsync(client));
        var page = await client.GetPageAsync("/Dashboard");
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=start-step] a[href='/Plans/{planId}/Wizard/research']")); // the next step links to its stage

        var optionId = await client.CreateOptionAsync(planId, "Data engineer");
        Assert.Equal([true, true, true, false, false, false], await StepsAsync(client));

        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        await client.CreateGoalAsync(planId, today, new Dictionary<string, string> { ["Input.OptionIds"] = $"{optionId}" });
        Assert.Equal([true, true, true, false, false, false], await StepsAsync(client)); // a goal without a vision is half the step
        using (await client.SubmitAsync($"/Plans/{planId}/Vision", new Dictionary<string, string> { ["Input.VisionStatement"] = "Lead a data team" })) { }
        Assert.Equal([true, true, true, true, false, false], await StepsAsync(client));

        using (await client.SubmitAsync($"/Plans/{planId}/Actions/Create", new Dictionary<string, string> { ["Input.Title"] = "Book the exam" })) { }
        Assert.Equal([true, true, true, true, true, false], await StepsAsync(client));

        using (await client.SubmitAsync($"/Plans/{planId}/Reviews/New/weekly", new Dictionary<string, string> { ["Input.Satisfaction"] = "7" })) { }
        Assert.Empty(await StepsAsync(client));
        Assert.Null((await client.GetPageAsync("/Dashboard")).Document.QuerySelector("[data-testid=getting-started]"));
    }

    [Fact]
    public async Task Putting_the_list_away_hides_it_for_good()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        using var response = await client.SubmitAsync("/Dashboard", new Dictionary<string, string>(), "[data-testid=getting-started] form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await client.GetPageAsync("/Dashboard");
        Assert.Null(page.Document.QuerySelector("[data-testid=getting-started]"));
        Assert.Contains("put away", page.Text("[data-testid=status-message]"), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.UserProfiles.AnyAsync(p => p.GettingStartedDismissed)));
    }
}
