using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Profile;

public class IndexTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task A_new_profile_starts_at_utc_and_monday_and_saves_what_the_person_chooses()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var page = await client.GetPageAsync("/Profile");
        Assert.Equal("UTC", page.Document.QuerySelector("select[name='Input.TimeZoneId'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("Monday", page.Document.QuerySelector("select[name='Input.FirstDayOfWeek'] option[selected]")?.GetAttribute("value"));

        using var saved = await client.SubmitAsync(page, page.Form(), new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ada",
            ["Input.TimeZoneId"] = "Pacific/Auckland",
            ["Input.FirstDayOfWeek"] = "Sunday",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.GetPageAsync("/Profile");
        Assert.Equal("Pacific/Auckland", after.Document.QuerySelector("select[name='Input.TimeZoneId'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("Sunday", after.Document.QuerySelector("select[name='Input.FirstDayOfWeek'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("Hello, Ada", (await client.GetPageAsync("/Dashboard")).Text("h1"));
    }

    [Fact]
    public async Task A_new_time_zone_counts_at_once_on_a_page_that_already_knew_the_old_one()
    {
        // Half past eleven at night in UTC is already the next day in Auckland.
        var now = factory.Clock.GetUtcNow().AddDays(1);
        factory.Clock.SetUtcNow(new DateTimeOffset(now.Year, now.Month, now.Day, 23, 30, 0, TimeSpan.Zero));
        var utcToday = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var (client, _) = await factory.RegisterNewUserAsync();
        Assert.Contains($"today is {utcToday:dddd d MMMM yyyy}", (await client.GetPageAsync("/Dashboard")).Text("main"), StringComparison.Ordinal);

        using (var saved = await client.SubmitAsync("/Profile", new Dictionary<string, string> { ["Input.TimeZoneId"] = "Pacific/Auckland" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Contains($"today is {utcToday.AddDays(1):dddd d MMMM yyyy}", (await client.GetPageAsync("/Dashboard")).Text("main"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons", "Monday")]
    [InlineData("Europe/Berlin", "Caturday")]
    public async Task A_time_zone_or_day_that_does_not_exist_is_refused_and_the_name_is_kept(string zone, string day)
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        using var response = await client.SubmitAsync("/Profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Kept name",
            ["Input.TimeZoneId"] = zone,
            ["Input.FirstDayOfWeek"] = day,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("Kept name", page.InputValue("Input.DisplayName"));
        Assert.NotEmpty(page.SummaryErrors);
    }

    [Fact]
    public async Task The_browsers_time_zone_is_taken_after_the_first_sign_in_but_never_over_the_persons_choice()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var dashboard = await client.GetPageAsync("/Dashboard");
        var detect = dashboard.Form("#timezone-detect");
        Assert.NotNull(dashboard.Document.QuerySelector("script[src^='/js/timezone.']"));

        using var detected = await client.SubmitAsync(dashboard, detect, new Dictionary<string, string> { ["timeZone"] = "America/Los_Angeles" });
        Assert.Equal(HttpStatusCode.NoContent, detected.StatusCode);
        Assert.Equal("America/Los_Angeles", await ZoneOf(email));
        Assert.Null((await client.GetPageAsync("/Dashboard")).Document.QuerySelector("#timezone-detect"));

        using (await client.SubmitAsync("/Profile", new Dictionary<string, string> { ["Input.TimeZoneId"] = "Europe/Berlin" })) { }
        using var again = await client.SubmitAsync(dashboard, detect, new Dictionary<string, string> { ["timeZone"] = "Asia/Tokyo" });
        Assert.Equal("Europe/Berlin", await ZoneOf(email));
    }

    [Fact]
    public async Task A_detected_zone_that_is_not_real_is_ignored_without_a_500()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var dashboard = await client.GetPageAsync("/Dashboard");

        using var response = await client.SubmitAsync(dashboard, dashboard.Form("#timezone-detect"), new Dictionary<string, string> { ["timeZone"] = "<script>" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(await ZoneOf(email));
    }

    private Task<string?> ZoneOf(string email) => factory.WithDbAsync(db =>
        db.UserProfiles.Where(p => p.UserId == db.Users.Single(u => u.Email == email).Id).Select(p => p.TimeZoneId).SingleOrDefaultAsync());
}
