using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.IntegrationTests.Pages.Calendar;

public class FeedTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static async Task<Uri> MakeLinkAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/Calendar");
        using var made = await client.SubmitAsync(page, page.Form("form[action*='handler=Renew']"));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var shown = await client.GetPageAsync("/Calendar");
        var link = shown.Document.QuerySelector("[data-testid=calendar-link]")!.GetAttribute("value")!;
        Assert.Null((await client.GetPageAsync("/Calendar")).Document.QuerySelector("[data-testid=calendar-link]")); // shown once
        return new Uri(link);
    }

    [Fact]
    public async Task The_feed_parses_back_into_the_goal_milestone_action_and_review_events()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Into data engineering");
        var goalId = await client.CreateGoalAsync(planId, Today);
        var due = Today.AddDays(20);
        using (await client.SubmitAsync($"/Plans/{planId}/Actions/Create", new Dictionary<string, string>
        {
            ["Input.Title"] = "Book the exam", ["Input.DueDate"] = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })) { }
        await factory.WithDbAsync(async db =>
        {
            db.Milestones.Add(new Milestone(goalId, "Passed three practice exams", 1) { Date = Today.AddDays(40) });
            await db.SaveChangesAsync();
        });
        var link = await MakeLinkAsync(client);
        var calendarApp = factory.CreateBrowserLikeClient(); // no cookie: the token is the only key

        using var response = await calendarApp.GetAsync(link.PathAndQuery);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var events = calendar.Events.ToDictionary(e => e.Summary!, e => DateOnly.FromDateTime(e.Start!.Value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/calendar", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Equal(Today.AddMonths(6), events["Goal due: Pass the AWS data exam"]);
        Assert.Equal(Today.AddDays(40), events["Milestone: Passed three practice exams"]);
        Assert.Equal(due, events["Action: Book the exam"]);
        Assert.Equal(Today.AddDays(7), events["Check-in"]);
        Assert.All(calendar.Events, e => Assert.False(e.Start!.HasTime));
    }

    [Fact]
    public async Task The_events_link_to_the_address_the_feed_was_requested_at()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        await client.CreateGoalAsync(planId, Today);
        var link = await MakeLinkAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, link.PathAndQuery);
        request.Headers.Host = "planner.example.org:8443";

        using var response = await factory.CreateBrowserLikeClient().SendAsync(request);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.StartsWith($"https://planner.example.org:8443/Plans/{planId}", e.Url!.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reset_link_answers_404_and_the_token_opens_nothing_but_the_feed()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var old = await MakeLinkAsync(client);
        var fresh = await MakeLinkAsync(client); // "Reset the link"
        var token = old.AbsolutePath["/Calendar/".Length..^".ics".Length];
        var stranger = factory.CreateBrowserLikeClient();

        using var oldFeed = await stranger.GetAsync(old.PathAndQuery);
        using var freshFeed = await stranger.GetAsync(fresh.PathAndQuery);
        using var plan = await stranger.GetAsync($"/Plans/{planId}?token={token}");
        using var asFeedback = await stranger.GetAsync($"/Feedback/{token}");
        using var withoutExtension = await stranger.GetAsync($"/Calendar/{token}");

        Assert.Equal(HttpStatusCode.NotFound, oldFeed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, freshFeed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode); // to sign-in: a token is no way in
        Assert.Equal(HttpStatusCode.NotFound, asFeedback.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withoutExtension.StatusCode);
        Assert.DoesNotContain(token, factory.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_the_link_makes_it_a_404()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var link = await MakeLinkAsync(client);
        var page = await client.GetPageAsync("/Calendar");

        using (await client.SubmitAsync(page, page.Form("form[action*='handler=Remove']"))) { }

        using var feed = await factory.CreateBrowserLikeClient().GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
        Assert.Contains("no calendar link yet", (await client.GetPageAsync("/Calendar")).Text("[data-testid=calendar-state]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certifications_expiry_is_an_event_of_the_feed_even_without_a_plan()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var expires = Today.AddDays(50);
        using (await client.SubmitAsync("/History/Certifications", new Dictionary<string, string>
        {
            ["Input.Name"] = "Azure Data Engineer", ["Input.ExpiresOn"] = expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })) { }
        var link = await MakeLinkAsync(client);

        using var response = await factory.CreateBrowserLikeClient().GetAsync(link.PathAndQuery);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        var expiry = Assert.Single(calendar.Events);
        Assert.Equal("Certification expires: Azure Data Engineer", expiry.Summary);
        Assert.Equal(expires, DateOnly.FromDateTime(expiry.Start!.Value));
        Assert.Contains("/History/Certifications/", expiry.Url!.ToString(), StringComparison.Ordinal);
    }
}
