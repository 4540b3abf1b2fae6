using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Plans;

public class VisionTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task The_vision_saved_from_the_planning_hub_shows_on_the_hub_and_the_overview()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();
        var hub = await client.GetPageAsync($"/Plans/{id}/Wizard/planning");

        using var saved = await client.SubmitAsync(hub, hub.Form($"form[action='/Plans/{id}/Vision']"),
            new Dictionary<string, string> { ["Input.VisionStatement"] = "Build tools people love,\nwith time for my family." });

        Assert.Equal($"/Plans/{id}/Wizard/planning#vision-title", saved.Headers.Location!.OriginalString); // back at its section of the hub
        var after = await client.GetPageAsync($"/Plans/{id}/Wizard/planning");
        Assert.Equal("Vision saved.", after.Text("[data-testid=status-message]"));
        Assert.Equal("Build tools people love,\nwith time for my family.", after.Document.QuerySelector("#vision-text")!.TextContent);
        Assert.Equal("Build tools people love,\nwith time for my family.", (await client.GetPageAsync($"/Plans/{id}")).Text("[data-testid=vision]"));
    }

    [Fact]
    public async Task An_empty_vision_shows_the_message_beside_the_field_on_its_own_page()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();
        var hub = await client.GetPageAsync($"/Plans/{id}/Wizard/planning");

        using var response = await client.SubmitAsync(hub, hub.Form($"form[action='/Plans/{id}/Vision']"),
            new Dictionary<string, string> { ["Input.VisionStatement"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("Your career vision", page.Text("h1"));
        Assert.NotEmpty(page.FieldErrors("Input.VisionStatement"));
    }

    [Fact]
    public async Task A_vision_that_is_too_long_is_refused_and_every_character_is_kept()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();
        var text = new string('v', 2001);

        using var response = await client.SubmitAsync($"/Plans/{id}/Vision", new Dictionary<string, string> { ["Input.VisionStatement"] = text });

        var page = await response.ParseAsync();
        Assert.Equal(text, page.Document.QuerySelector("textarea[name='Input.VisionStatement']")!.TextContent);
        Assert.Contains("2000 characters", Assert.Single(page.FieldErrors("Input.VisionStatement")), StringComparison.Ordinal);
    }
}

public class BackupPlanTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task The_backup_plan_and_its_trigger_are_saved_and_shown_under_strategy()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();
        var hub = await client.GetPageAsync($"/Plans/{id}/Wizard/planning");

        using var saved = await client.SubmitAsync(hub, hub.Form($"form[action='/Plans/{id}/BackupPlan']"), new Dictionary<string, string>
        {
            ["Input.BackupPlan"] = "Move to the platform team",
            ["Input.BackupTrigger"] = "No lead role by the end of 2027",
        });

        Assert.Equal($"/Plans/{id}/Wizard/planning#backup-title", saved.Headers.Location!.OriginalString);
        var overview = await client.GetPageAsync($"/Plans/{id}");
        Assert.Equal("Move to the platform team", overview.Text("[data-testid=backup-plan]"));
        Assert.Contains("No lead role by the end of 2027", overview.Text("#strategy-title ~ p strong + span"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_plan_without_its_plan_is_refused_with_the_trigger_kept()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();

        using var response = await client.SubmitAsync($"/Plans/{id}/BackupPlan", new Dictionary<string, string>
        {
            ["Input.BackupPlan"] = "",
            ["Input.BackupTrigger"] = "Kept trigger",
        });

        var page = await response.ParseAsync();
        Assert.Equal("Kept trigger", page.InputValue("Input.BackupTrigger"));
        Assert.NotEmpty(page.FieldErrors("Input.BackupPlan"));
    }
}
