using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.OneOnOnes;

public class OneOnOnesTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private static async Task<string> PrepareAsync(HttpClient client, string withWhom)
    {
        using var response = await client.SubmitAsync("/OneOnOnes", new Dictionary<string, string> { ["Input.WithWhom"] = withWhom });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static async Task AddPointAsync(HttpClient client, string meeting, string point, string kind = "Goals")
    {
        using var response = await client.SubmitAsync(meeting, new Dictionary<string, string> { ["Input.Kind"] = kind, ["Input.Point"] = point }, "form[action*='handler=AddPoint']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string[] Points(HtmlPage page) => [.. page.Document.QuerySelectorAll("[data-testid=point-text]").Select(p => p.TextContent)];

    [Fact]
    public async Task Points_not_marked_discussed_come_back_in_the_next_meeting_with_the_same_person_and_not_with_someone_else()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var first = await PrepareAsync(client, "Sam (manager)");
        await AddPointAsync(client, first, "Ask to lead the migration");
        await AddPointAsync(client, first, "Offer to mentor the new hire", "HowICanHelp");
        var page = await client.GetPageAsync(first);
        var discussed = page.Document.QuerySelectorAll("[data-testid=talking-point]")
            .Single(li => li.TextContent.Contains("Offer to mentor", StringComparison.Ordinal)).QuerySelector("form")!;
        using (await client.SubmitAsync(page, (AngleSharp.Html.Dom.IHtmlFormElement)discussed)) { }

        var mentor = await PrepareAsync(client, "Ana (mentor)");
        var next = await PrepareAsync(client, "sam (MANAGER)");

        Assert.Empty(Points(await client.GetPageAsync(mentor)));
        var carried = await client.GetPageAsync(next);
        Assert.Equal(["Ask to lead the migration"], Points(carried));
        Assert.Contains("(carried over)", carried.Text("[data-testid=talking-point]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agreed_action_becomes_an_action_item_in_the_chosen_plan()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        await client.CreatePlanAsync("Plan A");
        var planB = await client.CreatePlanAsync("Plan B");
        var meeting = await PrepareAsync(client, "Sam");
        using (await client.SubmitAsync(meeting, new Dictionary<string, string> { ["Input.Action"] = "Sam introduces me to the data lead" }, "form[action*='handler=AddAction']")) { }

        using var made = await client.SubmitAsync(meeting, new Dictionary<string, string>
        {
            ["Input.PlanId"] = planB.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "form[action*='handler=MakeAction']");

        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Equal("Sam introduces me to the data lead", (await client.GetPageAsync($"/Plans/{planB}/Actions")).Text("[data-testid=action-title]"));
        Assert.Equal("Now an action item in your plan.", (await client.GetPageAsync(meeting)).Text("[data-testid=agreed-state]"));
    }

    [Fact]
    public async Task An_agreed_action_cannot_be_put_into_someone_elses_plan()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var (other, _) = await factory.RegisterNewUserAsync();
        var theirs = await other.CreatePlanAsync("Theirs");
        await client.CreatePlanAsync("Mine");
        var meeting = await PrepareAsync(client, "Sam");
        using (await client.SubmitAsync(meeting, new Dictionary<string, string> { ["Input.Action"] = "Sneaky" }, "form[action*='handler=AddAction']")) { }

        using var made = await client.SubmitAsync(meeting, new Dictionary<string, string>
        {
            ["Input.PlanId"] = theirs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "form[action*='handler=MakeAction']");

        Assert.Equal(HttpStatusCode.NotFound, made.StatusCode);
        Assert.Empty(await factory.WithDbAsync(db => db.ActionItems.Where(a => a.PlanId == theirs).ToListAsync()));
    }

    [Fact]
    public async Task An_empty_talking_point_redisplays_with_the_error_and_keeps_the_saved_notes()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var meeting = await PrepareAsync(client, "Sam");
        using (await client.SubmitAsync(meeting, new Dictionary<string, string> { ["Input.Notes"] = "Sam supports the move" }, "form[action*='handler=SaveNotes']")) { }

        using var response = await client.SubmitAsync(meeting, new Dictionary<string, string> { ["Input.Point"] = "  " }, "form[action*='handler=AddPoint']");
        var page = await response.ParseAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Write the point", page.FieldErrors("Input.Point").Single(), StringComparison.Ordinal);
        Assert.Equal("Sam supports the move", page.Text("textarea[name='Input.Notes']"));
    }

    [Fact]
    public async Task A_1_1_with_one_of_the_contacts_links_to_them_and_someone_elses_contact_is_refused()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        using (await client.SubmitAsync("/Network/Create", new Dictionary<string, string> { ["Input.Name"] = "Grace Hopper", ["Input.HowWeKnow"] = "Former manager" })) { }
        var contactId = await factory.WithDbAsync(db => db.Contacts.Where(c => c.Name == "Grace Hopper").OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
        var (other, _) = await factory.RegisterNewUserAsync();
        using (await other.SubmitAsync("/Network/Create", new Dictionary<string, string> { ["Input.Name"] = "Someone private", ["Input.HowWeKnow"] = "Work" })) { }
        var foreignId = await factory.WithDbAsync(db => db.Contacts.Where(c => c.Name == "Someone private").OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
        var id = (int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var created = await client.SubmitAsync("/OneOnOnes", new Dictionary<string, string> { ["Input.ContactId"] = id(contactId), ["Input.WithWhom"] = "" });
        using var refused = await client.SubmitAsync("/OneOnOnes", new Dictionary<string, string> { ["Input.ContactId"] = id(foreignId), ["Input.WithWhom"] = "" });

        var meeting = await client.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Equal("1:1 with Grace Hopper", meeting.Text("h1"));
        Assert.Equal($"/Network/{contactId}", meeting.Document.QuerySelector("[data-testid=meeting-contact]")!.GetAttribute("href"));
        Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Choose one of your contacts from the list, or leave it empty."], (await refused.ParseAsync()).FieldErrors("Input.ContactId"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.OneOnOnes.CountAsync(m => db.Users.Any(u => u.Id == m.UserId) && (m.ContactId == contactId || m.ContactId == foreignId))));
    }
}
