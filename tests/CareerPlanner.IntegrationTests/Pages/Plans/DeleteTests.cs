using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Plans;

public class DeleteTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task The_confirmation_page_names_what_will_be_lost_and_deleting_removes_the_plan()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync("Short-lived plan");
        using (await client.SubmitAsync($"/Plans/{id}/Vision", new Dictionary<string, string> { ["Input.VisionStatement"] = "Somewhere good" })) { }

        var confirm = await client.GetPageAsync($"/Plans/{id}/Delete");
        Assert.Contains("Short-lived plan", confirm.Text("h1"), StringComparison.Ordinal);
        Assert.Contains("its vision statement", confirm.Text("main"), StringComparison.Ordinal);
        Assert.Contains("cannot be undone", confirm.Text("main"), StringComparison.Ordinal);

        using var deleted = await client.SubmitAsync(confirm, confirm.Form());

        Assert.Equal("/Plans", deleted.Headers.Location!.OriginalString);
        Assert.False(await factory.WithDbAsync(db => db.Plans.AnyAsync(p => p.Id == id)));
        using var gone = await client.GetAsync($"/Plans/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Deleting_the_account_removes_the_plans_and_the_profile()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var id = await client.CreatePlanAsync();
        using (await client.SubmitAsync("/Profile", new Dictionary<string, string> { ["Input.TimeZoneId"] = "Europe/Berlin" })) { }
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.True(await factory.WithDbAsync(db => db.UserProfiles.AnyAsync(p => p.UserId == userId)));

        using (await client.SubmitAsync("/Identity/Account/Manage/DeletePersonalData", new Dictionary<string, string> { ["Input.Password"] = Accounts.Password })) { }

        Assert.False(await factory.WithDbAsync(db => db.Plans.AnyAsync(p => p.Id == id)));
        Assert.False(await factory.WithDbAsync(db => db.UserProfiles.AnyAsync(p => p.UserId == userId)));
    }
}
