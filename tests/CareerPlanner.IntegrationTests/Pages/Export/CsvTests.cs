using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Pages.Export;
using CsvHelper;

namespace CareerPlanner.IntegrationTests.Pages.Export;

/// <summary>Each of the person's lists downloads as a CSV file that a spreadsheet opens safely and that parses back to the same values.</summary>
public partial class CsvTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task The_goals_parse_back_with_their_plan_dates_and_progress_and_a_formula_title_comes_out_as_text()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Move into data engineering");
        await client.CreateGoalAsync(planId, Today, new Dictionary<string, string> { ["Input.Title"] = "=HYPERLINK(\"http://evil.example\")", ["Input.Baseline"] = "-2" });

        var (bytes, rows) = await DownloadAsync(client, "goals");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var goal = Assert.Single(rows);
        Assert.Equal("Move into data engineering", goal["Plan"]);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\")", goal["Goal"]);
        Assert.Equal(Today.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), goal["Target date"]);
        Assert.Equal("-2", goal["Baseline"]); // a number is a number, not text to escape
        Assert.Equal("3", goal["Target"]);
        Assert.Equal("0", goal["Progress %"]);
    }

    [Fact]
    public async Task Contacts_keep_their_accents_and_say_when_to_get_in_touch_next()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        using (var added = await client.SubmitAsync("/Network/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "Ana Müller", ["Input.Organisation"] = "Zürich Data AG", ["Input.HowWeKnow"] = "Data meetup", ["Input.CadenceDays"] = "30",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var (_, rows) = await DownloadAsync(client, "contacts");

        var contact = Assert.Single(rows);
        Assert.Equal("Ana Müller", contact["Name"]);
        Assert.Equal("Zürich Data AG", contact["Organisation"]);
        Assert.Matches(IsoDate(), contact["Next contact"]);
    }

    [Fact]
    public async Task Every_list_downloads_with_its_header_and_holds_only_the_persons_own_rows()
    {
        var (someoneElse, _) = await factory.RegisterNewUserAsync();
        var theirPlan = await someoneElse.CreatePlanAsync("Someone else's plan");
        await someoneElse.CreateGoalAsync(theirPlan, Today, new Dictionary<string, string> { ["Input.Title"] = "Someone else's goal" });
        var (client, _) = await factory.RegisterNewUserAsync();
        await factory.PlanWithAsync(client, 2);

        foreach (var (list, _) in Spreadsheets.Lists)
        {
            using var response = await client.GetAsync($"/Export/{list}.csv");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"careerplanner-{list}-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Someone else", text, StringComparison.Ordinal);
        }
        Assert.Equal(2, (await DownloadAsync(client, "goals")).Rows.Count);
        Assert.Equal(2, (await DownloadAsync(client, "milestones")).Rows.Count);
        Assert.Equal(2, (await DownloadAsync(client, "actions")).Rows.Count);
        using var unknown = await client.GetAsync("/Export/passwords.csv");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Comments_come_with_the_goal_they_are_on_who_wrote_them_and_when_in_the_persons_time()
    {
        var (owner, _) = await factory.RegisterNewUserAsync();
        using (await owner.SubmitAsync("/Profile", new Dictionary<string, string> { ["Input.TimeZoneId"] = "Asia/Tokyo" })) { }
        var planId = await owner.CreatePlanAsync("Into product management");
        var goalId = await owner.CreateGoalAsync(planId, Today, new Dictionary<string, string> { ["Input.Title"] = "Ship a discovery sprint" });
        var (mentor, _) = await factory.ShareWithNewMentorAsync(owner, planId);
        using (await mentor.SubmitAsync("/Profile", new Dictionary<string, string> { ["Input.DisplayName"] = "Grace" })) { }
        using (await mentor.SubmitAsync($"/Shared/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Text"] = "=1+1 is how I would start" })) { }
        using (await owner.SubmitAsync($"/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Thanks, Grace" }, "form[action*='/Comments']")) { }

        var (_, rows) = await DownloadAsync(owner, "comments");

        Assert.Equal(2, rows.Count);
        Assert.Equal(("Into product management", "Goal: Ship a discovery sprint", "Grace", "'=1+1 is how I would start"),
            (rows[0]["Plan"], rows[0]["On"], rows[0]["By"], rows[0]["Comment"]));
        Assert.Equal(("The plan", "Thanks, Grace"), (rows[1]["On"], rows[1]["Comment"]));
        Assert.EndsWith("(plan owner)", rows[1]["By"], StringComparison.Ordinal);
        var tokyo = TimeZoneInfo.ConvertTimeFromUtc(factory.Clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        Assert.Equal(tokyo.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), rows[0]["Written"]);
    }

    [Fact]
    public async Task The_your_data_page_links_every_list()
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        var page = await client.GetPageAsync("/Identity/Account/Manage/PersonalData");

        var links = page.Document.QuerySelectorAll("[data-testid=spreadsheets] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Spreadsheets.Lists.Select(l => $"/Export/{l.List}.csv"), links);
    }

    /// <summary>Downloads one list and reads it back with CsvHelper, each row by header name.</summary>
    private static async Task<(byte[] Bytes, List<Dictionary<string, string>> Rows)> DownloadAsync(HttpClient client, string list)
    {
        using var response = await client.GetAsync($"/Export/{list}.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions());
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.ToArray().Select((name, index) => (name, index)).ToDictionary(h => h.name, h => reader.GetString(h.index)));
        }
        return (bytes, rows);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
