using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Resume;

public class ImportTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private Task<string> UserIdAsync(string email) => factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>How many rows of each history list, skills and contacts the person has.</summary>
    private Task<string> CountsAsync(string userId) => factory.WithDbAsync(async db =>
        $"positions {await db.Positions.CountAsync(p => p.UserId == userId)}, education {await db.Education.CountAsync(e => e.UserId == userId)}, " +
        $"certifications {await db.Certifications.CountAsync(c => c.UserId == userId)}, languages {await db.Languages.CountAsync(l => l.UserId == userId)}, " +
        $"skills {await db.Skills.CountAsync(s => s.UserId == userId)}, contacts {await db.Contacts.CountAsync(c => c.UserId == userId)}");

    private static Dictionary<string, (int New, int Already)> Preview(HtmlPage page) =>
        page.Document.QuerySelectorAll("[data-testid=import-line]").ToDictionary(
            row => row.GetAttribute("data-section")!,
            row => (int.Parse(row.QuerySelector("[data-testid=import-new]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(row.QuerySelector("[data-testid=import-already]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task A_linkedin_export_is_previewed_then_imported_and_the_same_file_again_adds_nothing()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var userId = await UserIdAsync(email);
        using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "sql", ["Input.Rating"] = "4" })) { }

        var preview = await client.UploadAsync("/Import/LinkedIn", LinkedInFixture.Zip(), "Basic_LinkedInDataExport.zip", "application/zip");

        Assert.Equal(new Dictionary<string, (int, int)>
        {
            ["Profile"] = (2, 0), ["Positions"] = (3, 0), ["Education"] = (1, 0), ["Skills"] = (2, 1), ["Certifications"] = (1, 0), ["Languages"] = (2, 0), ["Contacts"] = (2, 0), ["Achievements"] = (1, 0),
        }, Preview(preview));
        Assert.Equal("positions 0, education 0, certifications 0, languages 0, skills 1, contacts 0", await CountsAsync(userId)); // nothing written yet

        using (var imported = await client.SubmitAsync(preview, preview.Form("form[action*='handler=Import']")))
        {
            Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        }
        Assert.Equal("positions 3, education 1, certifications 1, languages 2, skills 3, contacts 2", await CountsAsync(userId));
        var history = await client.GetPageAsync("/History");
        Assert.Contains("14 items imported.", history.Text("main"), StringComparison.Ordinal);
        Assert.Equal(["Senior data engineer", "Data analyst", "Intern"], history.Document.QuerySelectorAll("[data-testid=position-title]").Select(t => t.TextContent));
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal([("sql", 4), ("Python", null), ("Stakeholder management", null)],
                (await db.Skills.Where(s => s.UserId == userId).OrderBy(s => s.Id).Select(s => new { s.Name, s.Rating }).ToListAsync()).Select(s => (s.Name, s.Rating)));
            var grace = await db.Contacts.SingleAsync(c => c.UserId == userId && c.Name == "Grace Hopper");
            Assert.Equal(("Navy", "Rear admiral", "grace@example.com", null), (grace.Organisation, grace.Role, grace.Email, grace.CadenceDays));
            var brand = await db.PersonalBrands.SingleAsync(b => b.UserId == userId);
            Assert.Equal(("Data engineer who ships", "I build data pipelines, and teach others."), (brand.WhoIAm, brand.Pitch));
            Assert.Null(await db.Positions.Where(p => p.UserId == userId && p.Title == "Senior data engineer").Select(p => p.EndedOn).SingleAsync());
            Assert.Equal(new DateOnly(2022, 12, 1), await db.Achievements.Where(a => a.UserId == userId && a.What == "Employee of the year").Select(a => a.Date).SingleAsync());
        });

        var again = await client.UploadAsync("/Import/LinkedIn", LinkedInFixture.Zip(), "Basic_LinkedInDataExport.zip", "application/zip");
        Assert.All(Preview(again).Values, line => Assert.Equal(0, line.New));
        Assert.Contains("Everything in this file is in your history already.", again.Text("[data-testid=import-all-there]"), StringComparison.Ordinal);
        using (await client.SubmitAsync(again, again.Form("form[action*='handler=Import']"), new Dictionary<string, string> { ["Input.Sections"] = "Positions" })) { }
        Assert.Equal("positions 3, education 1, certifications 1, languages 2, skills 3, contacts 2", await CountsAsync(userId));
    }

    [Fact]
    public async Task Only_the_sections_ticked_on_the_preview_are_imported_and_a_double_click_imports_them_once()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var userId = await UserIdAsync(email);
        var preview = await client.UploadAsync("/Import/LinkedIn", LinkedInFixture.Zip(), "export.zip", "application/zip");
        var form = preview.Form("form[action*='handler=Import']");
        foreach (var box in form.QuerySelectorAll("input[name='Input.Sections']").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
        {
            box.IsChecked = box.Value is "Positions" or "Languages";
        }

        using var first = await client.SubmitAsync(preview, form);
        using var second = await client.SubmitAsync(preview, form); // a double click: the same answer, nothing written twice

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal("positions 3, education 0, certifications 0, languages 2, skills 0, contacts 0", await CountsAsync(userId));
    }

    [Theory]
    [InlineData("bomb")]
    [InlineData("renamed text file")]
    [InlineData("csv without its header")]
    [InlineData("too large")]
    public async Task A_file_that_is_no_linkedin_export_is_refused_with_its_message_and_writes_nothing(string what)
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var (file, message) = what switch
        {
            "bomb" => (LinkedInFixture.Bomb(60L * 1024 * 1024), "This ZIP unpacks to far more than LinkedIn's export ever does"),
            "renamed text file" => ("Company Name,Title,Started On\nContoso,Engineer,Jan 2021\n"u8.ToArray(), "This is not the ZIP file LinkedIn sends"),
            "csv without its header" => (LinkedInFixture.Zip(new Dictionary<string, string> { ["Positions.csv"] = "Contoso,Engineer,Jan 2021\n" }), "Positions.csv has no header row naming the columns Company Name, Title, Started On"),
            _ => (new byte[20 * 1024 * 1024 + 1], "This file is larger than 20 MB"),
        };

        var page = await client.UploadAsync("/Import/LinkedIn", file, "export.zip", "application/zip");

        Assert.StartsWith(message, page.FieldErrors("Input.File").Single(), StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=import-preview]"));
        Assert.Equal("positions 0, education 0, certifications 0, languages 0, skills 0, contacts 0", await CountsAsync(await UserIdAsync(email)));
    }

    [Theory]
    [InlineData("[{\"basics\": {\"name\": \"Ada\"}}]", "This is not a JSON Resume: the file must be one JSON object")]
    [InlineData("{\"basics\": ", "This file is not valid JSON")]
    [InlineData("{\"work\": [{\"name\": \"Contoso\", \"position\": \"Engineer\", \"startDate\": \"the nineties\"}]}", "In this JSON Resume, work[0].startDate \"the nineties\" is not a date")]
    public async Task A_json_file_that_is_no_json_resume_is_refused_with_its_message_and_writes_nothing(string json, string message)
    {
        var (client, email) = await factory.RegisterNewUserAsync();

        var page = await client.UploadAsync("/Import/JsonResume", System.Text.Encoding.UTF8.GetBytes(json), "resume.json", "application/json");

        Assert.StartsWith(message, page.FieldErrors("Input.File").Single(), StringComparison.Ordinal);
        Assert.Equal("positions 0, education 0, certifications 0, languages 0, skills 0, contacts 0", await CountsAsync(await UserIdAsync(email)));
    }
}
