using System.Globalization;
using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.History;

public class HistoryTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_position_ending_before_it_starts_or_without_an_end_is_shown_again_with_the_messages_beside_the_fields_and_the_input_kept()
    {
        var (client, email) = await factory.RegisterNewUserAsync();

        using var backwards = await client.SubmitAsync("/History/Positions", new Dictionary<string, string>
        {
            ["Input.Title"] = "Data analyst", ["Input.Employer"] = "Fabrikam", ["Input.Started"] = "Mar 2020", ["Input.Ended"] = "Jan 2019",
            ["Input.Highlights"] = "Built the finance dashboards",
        });
        var page = await backwards.ParseAsync();
        Assert.Equal(HttpStatusCode.OK, backwards.StatusCode);
        Assert.Equal(["The end cannot be before the start."], page.FieldErrors("Input.Ended"));
        Assert.Equal("Fabrikam", page.InputValue("Input.Employer"));
        Assert.Equal("Built the finance dashboards", page.Document.QuerySelector("textarea[name='Input.Highlights']")!.TextContent.Trim());

        using var noEnd = await client.SubmitAsync("/History/Positions", new Dictionary<string, string>
        {
            ["Input.Title"] = "Data analyst", ["Input.Employer"] = "Fabrikam", ["Input.Started"] = "Smarch 2020",
        });
        var second = await noEnd.ParseAsync();
        Assert.Contains("as a month and year, such as Mar 2021", second.FieldErrors("Input.Started").Single(), StringComparison.Ordinal);
        Assert.Equal(["Say when it ended, or tick \"I work here now\"."], second.FieldErrors("Input.Ended"));

        using var future = await client.SubmitAsync("/History/Positions", new Dictionary<string, string>
        {
            ["Input.Title"] = "Data analyst", ["Input.Employer"] = "Fabrikam", ["Input.Started"] = $"{Today.Year + 2}", ["Input.Ended"] = $"{Today.Year + 3}",
        });
        Assert.Equal(["A job that has ended cannot start in the future: check the start."], (await future.ParseAsync()).FieldErrors("Input.Started"));

        using var badCertificate = await client.SubmitAsync("/History/Certifications", new Dictionary<string, string>
        {
            ["Input.Name"] = "AZ-900", ["Input.CredentialUrl"] = "javascript:alert(1)", ["Input.IssuedOn"] = "2024-05-01", ["Input.ExpiresOn"] = "2023-05-01",
        });
        var certificate = await badCertificate.ParseAsync();
        Assert.Single(certificate.FieldErrors("Input.CredentialUrl"));
        Assert.Equal(["It cannot expire before it was issued."], certificate.FieldErrors("Input.ExpiresOn"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Positions.CountAsync(p => db.Users.Any(u => u.Id == p.UserId && u.Email == email))));
    }

    [Fact]
    public async Task The_history_lists_newest_first_shows_in_the_plan_overview_and_adds_the_skills_it_names_as_not_yet_rated()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Into data engineering");
        foreach (var values in new Dictionary<string, string>[]
        {
            new() { ["Input.Title"] = "Data analyst", ["Input.Employer"] = "Fabrikam", ["Input.Started"] = "Mar 2017", ["Input.Ended"] = "Dec 2020", ["Input.Skills"] = "SQL, Excel" },
            new() { ["Input.Title"] = "Data engineer", ["Input.Employer"] = "Contoso", ["Input.Started"] = "Jan 2021", ["Input.Current"] = "true", ["Input.Skills"] = "Python, sql" },
        })
        {
            using var saved = await client.SubmitAsync("/History/Positions", values);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal("/History#positions", saved.Headers.Location!.OriginalString);
        }
        using (await client.SubmitAsync("/History/Education", new Dictionary<string, string> { ["Input.Institution"] = "University of Leeds", ["Input.Qualification"] = "BSc", ["Input.FieldOfStudy"] = "Mathematics", ["Input.Started"] = "2013", ["Input.Ended"] = "2016" })) { }
        using (await client.SubmitAsync("/History/Languages", new Dictionary<string, string> { ["Input.Name"] = "French", ["Input.Proficiency"] = "LimitedWorking" })) { }
        using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "Excel", ["Input.Rating"] = "4" })) { }

        var history = await client.GetPageAsync("/History");
        Assert.Equal(["Data engineer", "Data analyst"], history.Document.QuerySelectorAll("[data-testid=position-title]").Select(t => t.TextContent));
        Assert.Equal("Python, sql", history.Text("[data-testid=skills-named]")); // newest position first, each skill once, as typed
        var overview = await client.GetPageAsync($"/Plans/{planId}");
        Assert.Equal(["Data engineer, Contoso (Jan 2021 – now)", "Data analyst, Fabrikam (Mar 2017 – Dec 2020)"],
            overview.Document.QuerySelectorAll("[data-testid=assets-positions] li").Select(li => li.TextContent.Trim()));
        Assert.Equal("University of Leeds: BSc in Mathematics (2013 – 2016)", overview.Text("[data-testid=assets-education] li"));
        Assert.Equal("French — Limited working", overview.Text("[data-testid=assets-credentials] li"));
        Assert.DoesNotContain("No positions yet", overview.Text("main"), StringComparison.Ordinal);

        using (var added = await client.SubmitAsync(history, history.Form("form[action*='handler=AddSkills']")))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        Assert.Contains("2 skills added to your skills inventory, not yet rated", (await client.GetPageAsync("/History")).Text("main"), StringComparison.Ordinal);
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var skills = await factory.WithDbAsync(db => db.Skills.Where(s => s.UserId == userId).OrderBy(s => s.Name).Select(s => new { s.Name, s.Rating }).ToListAsync());
        Assert.Equal(["Excel 4", "Python ", "sql "], skills.Select(s => $"{s.Name} {s.Rating}"));
        var selfAssessment = await client.GetPageAsync("/SelfAssessment");
        Assert.Contains("2 skills not yet rated", selfAssessment.Text("[data-testid=skills-unrated]"), StringComparison.Ordinal);
        Assert.Contains("Not yet rated", selfAssessment.Text("[data-testid=skills]"), StringComparison.Ordinal);
        Assert.Null((await client.GetPageAsync("/History")).Document.QuerySelector("[data-testid=skills-named]"));
    }

    [Fact]
    public async Task An_achievement_linked_to_a_position_is_shown_with_it_and_stays_when_the_position_is_deleted()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        using (await client.SubmitAsync("/History/Positions", new Dictionary<string, string> { ["Input.Title"] = "Data engineer", ["Input.Employer"] = "Contoso", ["Input.Started"] = "Jan 2021", ["Input.Current"] = "true" })) { }
        var form = await client.GetPageAsync("/Achievements/Create");
        var positionId = form.Document.QuerySelector("select[name='Input.PositionId'] option[value]:not([value=''])")!.GetAttribute("value")!;
        using (await client.SubmitAsync(form, form.Form(), new Dictionary<string, string> { ["Input.What"] = "Moved the warehouse to the cloud", ["Input.PositionId"] = positionId })) { }

        Assert.Contains("Achievements: Moved the warehouse to the cloud", (await client.GetPageAsync("/History")).Text("[data-testid=positions]"), StringComparison.Ordinal);

        var delete = await client.GetPageAsync($"/History/Positions/{positionId}/Delete");
        Assert.Contains("Remove “Data engineer at Contoso” from your history?", delete.Text("h1"), StringComparison.Ordinal);
        using (var deleted = await client.SubmitAsync(delete, delete.Form()))
        {
            Assert.Equal("/History#positions", deleted.Headers.Location!.OriginalString);
        }
        Assert.Contains("Moved the warehouse to the cloud", (await client.GetPageAsync("/Achievements")).Text("main"), StringComparison.Ordinal);
        Assert.Contains("No positions yet", (await client.GetPageAsync("/History")).Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certification_expiring_within_sixty_days_is_on_the_dashboard_and_one_expiring_later_is_not()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        using (await client.SubmitAsync("/History/Certifications", new Dictionary<string, string> { ["Input.Name"] = "First aid at work", ["Input.ExpiresOn"] = Iso(Today.AddDays(45)) })) { }
        using (await client.SubmitAsync("/History/Certifications", new Dictionary<string, string> { ["Input.Name"] = "Forklift licence", ["Input.ExpiresOn"] = Iso(Today.AddDays(61)) })) { }

        var dashboard = await client.GetPageAsync("/Dashboard");

        var expiring = Assert.Single(dashboard.Document.QuerySelectorAll("[data-testid=certification-expiring]"));
        Assert.Contains($"First aid at work expires on {Today.AddDays(45):d MMM yyyy}, in 45 days.", string.Join(' ', expiring.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_downloads_as_a_spreadsheet_with_formulas_written_as_text()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        using (await client.SubmitAsync("/History/Positions", new Dictionary<string, string>
        {
            ["Input.Title"] = "=HYPERLINK(\"http://evil\")", ["Input.Employer"] = "Contoso", ["Input.Started"] = "Jan 2021", ["Input.Current"] = "true", ["Input.Highlights"] = "Moved the warehouse",
        })) { }
        using (await client.SubmitAsync("/History/Languages", new Dictionary<string, string> { ["Input.Name"] = "French", ["Input.Proficiency"] = "LimitedWorking" })) { }
        var link = (await client.GetPageAsync("/History")).Document.QuerySelector("a[href='/Export/history.csv']");
        Assert.NotNull(link);

        using var response = await client.GetAsync("/Export/history.csv");
        using var reader = CsvHelper.CsvReader.Create(await response.Content.ReadAsByteArrayAsync(), new CsvHelper.CsvReaderOptions());
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.Headers.ToArray().Length).Select(reader.GetString)));
        }

        Assert.Equal(["Position|'=HYPERLINK(\"http://evil\")|Contoso|2021-01|now|• Moved the warehouse", "Language|French||||Limited working"], rows);
    }
}
