using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Plans;

public class CreateTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Creating_a_plan_asks_only_for_a_title_and_starts_the_wizard_at_self_assessment()
    {
        var (client, email) = await factory.RegisterNewUserAsync();

        var id = await client.CreatePlanAsync("Become a data engineer");

        var hub = await client.GetPageAsync($"/Plans/{id}/Wizard/self-assessment");
        Assert.Equal("Self-assessment", hub.Text("h1"));
        var stored = await factory.WithDbAsync(db => db.Plans.Where(p => p.Id == id)
            .Select(p => new { p.Title, Owner = db.Users.Single(u => u.Id == p.OwnerId).Email }).SingleAsync());
        Assert.Equal(("Become a data engineer", email), (stored.Title, stored.Owner));
    }

    [Theory]
    [InlineData("", "Give your plan a title")]
    [InlineData("   ", "Give your plan a title")]
    public async Task A_missing_title_redisplays_the_form_with_the_message_beside_the_field(string title, string message)
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        using var response = await client.SubmitAsync("/Plans/Create", new Dictionary<string, string> { ["Input.Title"] = title });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Assert.Single((await response.ParseAsync()).FieldErrors("Input.Title")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_that_is_too_long_is_refused_and_kept_for_editing()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var title = new string('x', 121);

        using var response = await client.SubmitAsync("/Plans/Create", new Dictionary<string, string> { ["Input.Title"] = title });

        var page = await response.ParseAsync();
        Assert.Equal(title, page.InputValue("Input.Title"));
        Assert.Contains("120 characters", Assert.Single(page.FieldErrors("Input.Title")), StringComparison.Ordinal);
    }
}
