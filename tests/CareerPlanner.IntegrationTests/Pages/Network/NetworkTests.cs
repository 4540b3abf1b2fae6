using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Network;

public class NetworkTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> AddContactAsync(HttpClient client, Dictionary<string, string> values)
    {
        using var response = await client.SubmitAsync("/Network/Create", values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task A_contact_with_a_30_day_rhythm_last_met_31_days_ago_is_due_on_the_dashboard_until_an_interaction_is_logged()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var contact = await AddContactAsync(client, new() { ["Input.Name"] = "Priya Shah", ["Input.HowWeKnow"] = "Data meetup", ["Input.CadenceDays"] = "30" });
        using (var met = await client.SubmitAsync(contact, new Dictionary<string, string> { ["Input.Channel"] = "Meeting", ["Input.Note"] = "Coffee" }, "form[action*='handler=Log']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, met.StatusCode);
        }
        Assert.Null((await client.GetPageAsync("/Dashboard")).Document.QuerySelector("[data-testid=contacts-due]"));

        factory.Clock.Advance(TimeSpan.FromDays(31));
        client = factory.CreateBrowserLikeClient();
        using (await client.SignInAsync(email)) { }
        var due = await client.GetPageAsync("/Dashboard");
        var dueList = await client.GetPageAsync("/Network?due=true");
        using (var logged = await client.SubmitAsync(contact, new Dictionary<string, string> { ["Input.Channel"] = "Call" }, "form[action*='handler=Log']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        }
        var after = await client.GetPageAsync("/Dashboard");

        Assert.StartsWith("Priya Shah", due.Text("[data-testid=contacts-due] li"), StringComparison.Ordinal);
        Assert.Equal("Priya Shah", dueList.Text("[data-testid=contact-name]"));
        Assert.Null(after.Document.QuerySelector("[data-testid=contacts-due]"));
        Assert.Equal(Today.AddDays(30).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
            (await client.GetPageAsync(contact)).Text("[data-testid=next-follow-up]")); // 30 days from today's call
    }

    [Fact]
    public async Task A_follow_up_date_set_by_hand_decides_over_the_rhythm_on_the_dashboard()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        await AddContactAsync(client, new() { ["Input.Name"] = "Ana Ruiz", ["Input.HowWeKnow"] = "Former manager", ["Input.FollowUpOn"] = Date(Today.AddDays(-2)) });
        // Met 40 days ago with a rhythm of a day, so due by the rhythm; then a date ten days ahead set by hand.
        var waiting = await AddContactAsync(client, new() { ["Input.Name"] = "Ben Okafor", ["Input.HowWeKnow"] = "Bootcamp", ["Input.CadenceDays"] = "1" });
        using (await client.SubmitAsync(waiting, new Dictionary<string, string> { ["Input.Channel"] = "Call", ["Input.Date"] = Date(Today.AddDays(-40)) }, "form[action*='handler=Log']")) { }
        using (var edited = await client.SubmitAsync($"{waiting}/Edit", new Dictionary<string, string> { ["Input.FollowUpOn"] = Date(Today.AddDays(10)) }))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }
        await AddContactAsync(client, new() { ["Input.Name"] = "Cleo Varga", ["Input.HowWeKnow"] = "Conference" }); // no rhythm and no date: never due

        var due = (await client.GetPageAsync("/Dashboard")).Document.QuerySelectorAll("[data-testid=contacts-due] li").Select(li => li.TextContent.Trim()).ToList();

        Assert.Single(due);
        Assert.StartsWith("Ana Ruiz", due[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_shows_the_eight_contacts_due_longest_and_links_to_all_of_them()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        await factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            // Eleven due by a date set by hand, 1 to 11 days ago; one due by its rhythm, 20 days after a call 26 days ago (so
            // due 6 days ago, between the others); one by its rhythm counted from when it was added; one not due.
            var byHand = Enumerable.Range(1, 11).Select(n => new Contact(userId, Today.AddDays(-60)) { Name = $"By hand {n}", HowWeKnow = "Work", FollowUpOn = Today.AddDays(-n) });
            var called = new Contact(userId, Today.AddDays(-60)) { Name = "By rhythm", HowWeKnow = "Work", CadenceDays = 20 };
            var added = new Contact(userId, Today.AddDays(-100)) { Name = "Added long ago", HowWeKnow = "Work", CadenceDays = 90 };
            var notDue = new Contact(userId, Today.AddDays(-60)) { Name = "Not due", HowWeKnow = "Work", FollowUpOn = Today.AddDays(3) };
            db.Contacts.AddRange([.. byHand, called, added, notDue]);
            await db.SaveChangesAsync();
            db.Interactions.Add(new Interaction(called.Id, Today.AddDays(-26), InteractionChannel.Call, null));
            await db.SaveChangesAsync();
        });

        var dashboard = await client.GetPageAsync("/Dashboard");

        var shown = dashboard.Document.QuerySelectorAll("[data-testid=contacts-due] li a").Select(a => a.TextContent).ToList();
        // Added long ago: due 10 days ago (100 days ago plus 90).
        Assert.Equal(["By hand 11", "By hand 10", "Added long ago", "By hand 9", "By hand 8", "By hand 7", "By hand 6", "By rhythm"], shown);
        var more = dashboard.Document.QuerySelector("[data-testid=more-contacts-due] a")!;
        Assert.Equal("All 13 contacts due to reconnect", more.TextContent);
        Assert.Equal("/Network?Due=true", more.GetAttribute("href"));
        Assert.Equal(13, (await client.GetPageAsync(more.GetAttribute("href")!)).Document.QuerySelectorAll("[data-testid=contact-name]").Length);
    }

    [Fact]
    public async Task The_list_sorts_by_name_or_last_contact_and_filters_by_tag()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var bea = await AddContactAsync(client, new() { ["Input.Name"] = "Bea", ["Input.HowWeKnow"] = "School", ["Input.Tags"] = "mentor, data" });
        await AddContactAsync(client, new() { ["Input.Name"] = "Adam", ["Input.HowWeKnow"] = "Work", ["Input.Tags"] = "Data" });
        await AddContactAsync(client, new() { ["Input.Name"] = "Cleo", ["Input.HowWeKnow"] = "Work" });
        using (await client.SubmitAsync(bea, new Dictionary<string, string> { ["Input.Channel"] = "Message", ["Input.Date"] = Date(Today.AddDays(-100)) }, "form[action*='handler=Log']")) { }

        string[] Names(HtmlPage page) => [.. page.Document.QuerySelectorAll("[data-testid=contact-name]").Select(a => a.TextContent)];

        Assert.Equal(["Adam", "Bea", "Cleo"], Names(await client.GetPageAsync("/Network")));
        Assert.Equal(["Adam", "Cleo", "Bea"], Names(await client.GetPageAsync("/Network?sort=last"))); // never met first, then longest ago
        Assert.Equal(["Adam", "Bea"], Names(await client.GetPageAsync("/Network?tag=DATA")));
        Assert.Equal(["Bea"], Names(await client.GetPageAsync("/Network?tag=mentor")));
    }

    [Fact]
    public async Task A_contact_without_a_name_or_with_a_bad_email_redisplays_with_the_errors_and_keeps_what_was_typed()
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        using var response = await client.SubmitAsync("/Network/Create", new Dictionary<string, string>
        {
            ["Input.HowWeKnow"] = "Met at a conference", ["Input.Email"] = "not an address", ["Input.CadenceDays"] = "0", ["Input.ProfileUrl"] = "javascript:alert(1)",
        });
        var page = await response.ParseAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give their name", page.FieldErrors("Input.Name").Single(), StringComparison.Ordinal);
        Assert.Contains("e-mail address", page.FieldErrors("Input.Email").Single(), StringComparison.Ordinal);
        Assert.Contains("number of days", page.FieldErrors("Input.CadenceDays").Single(), StringComparison.Ordinal);
        Assert.Contains("http://", page.FieldErrors("Input.ProfileUrl").Single(), StringComparison.Ordinal);
        Assert.Equal("Met at a conference", page.InputValue("Input.HowWeKnow"));
        Assert.Equal("not an address", page.InputValue("Input.Email"));
        Assert.Empty(await factory.WithDbAsync(db => db.Contacts.Where(c => c.HowWeKnow == "Met at a conference").ToListAsync()));
    }
}
