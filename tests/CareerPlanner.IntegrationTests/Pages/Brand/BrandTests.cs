using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Brand;

public class BrandTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task The_brand_appears_as_the_marketing_strategy_on_every_plans_overview()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        Assert.Contains("Write your personal brand", (await client.GetPageAsync($"/Plans/{planId}")).Text("[data-testid=marketing-strategy]"), StringComparison.Ordinal);

        using (var saved = await client.SubmitAsync("/Brand", new Dictionary<string, string>
        {
            ["Input.WhoIAm"] = "A backend engineer moving into data", ["Input.Pitch"] = "I build pipelines that people trust.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        using (await client.SubmitAsync("/Brand", new Dictionary<string, string> { ["Input.Channel"] = "Talks", ["Input.NextStep"] = "Submit a talk to the meetup" },
            "form[action*='handler=AddChannel']")) { }
        var overview = await client.GetPageAsync($"/Plans/{planId}");

        Assert.Equal("A backend engineer moving into data", overview.Text("[data-testid=brand-who-i-am]"));
        Assert.Equal("I build pipelines that people trust.", overview.Text("[data-testid=brand-elevator-pitch]"));
        Assert.Contains("Talks: Submit a talk to the meetup", overview.Text("[data-testid=marketing-strategy]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pitch_shows_its_length_and_speaking_time_and_a_channel_step_becomes_an_action()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var pitch = string.Join(' ', Enumerable.Repeat("data", 75));
        using (await client.SubmitAsync("/Brand", new Dictionary<string, string> { ["Input.Pitch"] = pitch })) { }
        using (await client.SubmitAsync("/Brand", new Dictionary<string, string> { ["Input.Channel"] = "Writing", ["Input.NextStep"] = "Write about our migration" },
            "form[action*='handler=AddChannel']")) { }

        var page = await client.GetPageAsync("/Brand");
        using var made = await client.SubmitAsync(page, page.Form("form[action*='handler=MakeAction']"));

        Assert.StartsWith($"{pitch.Length} characters, 75 words: about 30 seconds", page.Text("[data-testid=pitch-length]"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Equal("Writing: Write about our migration", (await client.GetPageAsync($"/Plans/{planId}/Actions")).Text("[data-testid=action-title]"));
    }

    [Fact]
    public async Task A_channel_without_a_next_step_redisplays_with_the_error_and_keeps_the_saved_statement()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        using (await client.SubmitAsync("/Brand", new Dictionary<string, string> { ["Input.WhoIAm"] = "Kept" })) { }

        using var response = await client.SubmitAsync("/Brand", new Dictionary<string, string> { ["Input.NextStep"] = "" }, "form[action*='handler=AddChannel']");
        var page = await response.ParseAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("concrete next step", page.FieldErrors("Input.NextStep").Single(), StringComparison.Ordinal);
        Assert.Equal("Kept", page.Text("textarea[name='Input.WhoIAm']"));
    }
}
