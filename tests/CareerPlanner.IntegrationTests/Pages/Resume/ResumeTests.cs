using System.Net;
using System.Text.Json.Nodes;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Resume;

public class ResumeTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private Task<string> UserIdAsync(string email) => factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static async Task<JsonObject> DownloadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/Resume?handler=Json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("resume.json", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<(HttpClient Client, string Email)> PersonWithAHistoryAsync()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var preview = await client.UploadAsync("/Import/LinkedIn", LinkedInFixture.Zip(), "export.zip", "application/zip");
        using (await client.SubmitAsync(preview, preview.Form("form[action*='handler=Import']"))) { }
        using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "Data modelling", ["Input.Rating"] = "4" })) { }
        using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "Public speaking", ["Input.Rating"] = "2" })) { }
        return (client, email);
    }

    [Fact]
    public async Task The_json_resume_download_has_the_schemas_sections_with_the_persons_data_and_another_account_imports_it_back()
    {
        var (ada, _) = await PersonWithAHistoryAsync();

        var resume = await DownloadAsync(ada);

        Assert.Equal("https://raw.githubusercontent.com/jsonresume/resume-schema/v1.2.1/schema.json", (string?)resume["$schema"]);
        Assert.Equal("Data engineer who ships", (string?)resume["basics"]!["label"]);
        var work = resume["work"]!.AsArray();
        Assert.Equal(["Contoso|Senior data engineer|2021-01|", "Fabrikam|Data analyst|2017-03|2020-12", "Northwind|Intern|2016|2016"],
            work.Select(w => $"{w!["name"]}|{w["position"]}|{w["startDate"]}|{w["endDate"]}"));
        Assert.Equal("University of Leeds|BSc Mathematics|2013|2016", string.Join('|', new[] { "institution", "studyType", "startDate", "endDate" }.Select(k => (string?)resume["education"]![0]![k])));
        Assert.Equal("Azure Data Engineer Associate|2022-02-01|Microsoft", string.Join('|', new[] { "name", "date", "issuer" }.Select(k => (string?)resume["certificates"]![0]![k])));
        // Skills rated 3 or more are on the résumé by default; unrated ones (from LinkedIn) and "Beginner" ones are not.
        Assert.Equal(["Data modelling|Proficient"], resume["skills"]!.AsArray().Select(s => $"{s!["name"]}|{s["level"]}"));
        Assert.Equal(["English|Native or bilingual", "French|Limited working"], resume["languages"]!.AsArray().Select(l => $"{l!["language"]}|{l["fluency"]}"));
        Assert.Equal("ABC-123", (string?)resume["meta"]!["careerPlanner"]!["credentialIds"]!["Azure Data Engineer Associate"]);

        var (bea, beaEmail) = await factory.RegisterNewUserAsync();
        var preview = await bea.UploadAsync("/Import/JsonResume", System.Text.Encoding.UTF8.GetBytes(resume.ToJsonString()), "resume.json", "application/json");
        using (var imported = await bea.SubmitAsync(preview, preview.Form("form[action*='handler=Import']")))
        {
            Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        }
        var beaId = await UserIdAsync(beaEmail);
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(["Contoso|Senior data engineer|2021-01-01|False|", "Fabrikam|Data analyst|2017-03-01|False|2020-12-01", "Northwind|Intern|2016-01-01|True|2016-01-01"],
                (await db.Positions.Where(p => p.UserId == beaId).OrderByDescending(p => p.StartedOn).ToListAsync())
                    .Select(p => $"{p.Employer}|{p.Title}|{p.StartedOn:yyyy-MM-dd}|{p.StartedYearOnly}|{p.EndedOn:yyyy-MM-dd}"));
            var study = await db.Education.SingleAsync(e => e.UserId == beaId);
            Assert.Equal(("University of Leeds", "BSc Mathematics", "2013", "2016"), (study.Institution, study.Qualification, study.Start.ToString(), study.End.ToString()));
            var certification = await db.Certifications.SingleAsync(c => c.UserId == beaId);
            Assert.Equal(("Microsoft", new DateOnly(2022, 2, 1), new DateOnly(2027, 2, 1), "ABC-123"), (certification.Issuer, certification.IssuedOn, certification.ExpiresOn, certification.CredentialId));
            Assert.Equal([("Data modelling", (int?)4)], (await db.Skills.Where(s => s.UserId == beaId).Select(s => new { s.Name, s.Rating }).ToListAsync()).Select(s => (s.Name, s.Rating)));
            Assert.Equal(["English NativeOrBilingual", "French LimitedWorking"],
                (await db.Languages.Where(l => l.UserId == beaId).OrderBy(l => l.Name).ToListAsync()).Select(l => $"{l.Name} {l.Proficiency}"));
        });
    }

    [Fact]
    public async Task A_position_left_out_and_a_skill_put_in_are_saved_and_the_download_follows_them()
    {
        var (client, email) = await PersonWithAHistoryAsync();
        var page = await client.GetPageAsync("/Resume");
        var intern = page.Document.QuerySelectorAll("[data-testid=resume-position]").Single(p => p.TextContent.Contains("Intern", StringComparison.Ordinal));

        using (var leftOut = await client.SubmitAsync(page, (AngleSharp.Html.Dom.IHtmlFormElement)intern.QuerySelector("form[action*='handler=Include']")!))
        {
            Assert.Equal(HttpStatusCode.Redirect, leftOut.StatusCode);
        }
        var python = page.Document.QuerySelectorAll("li[id^=skill-]").Single(li => li.TextContent.Contains("Python", StringComparison.Ordinal));
        using (await client.SubmitAsync(page, (AngleSharp.Html.Dom.IHtmlFormElement)python.QuerySelector("form")!)) { }

        var resume = await DownloadAsync(client);
        Assert.DoesNotContain(resume["work"]!.AsArray(), w => (string?)w!["position"] == "Intern");
        Assert.Equal(["Data modelling", "Python"], resume["skills"]!.AsArray().Select(s => (string?)s!["name"]).Order());
        var again = await client.GetPageAsync("/Resume");
        Assert.Contains("resume-excluded", again.Document.QuerySelectorAll("[data-testid=resume-position]").Single(p => p.TextContent.Contains("Intern", StringComparison.Ordinal)).ClassName, StringComparison.Ordinal);

        // Someone else's item cannot be toggled: the answer is a 404 and nothing changes.
        var (stranger, _) = await factory.RegisterNewUserAsync();
        var strangersPage = await stranger.GetPageAsync("/Resume");
        var userId = await UserIdAsync(email);
        var skillId = await factory.WithDbAsync(db => db.Skills.Where(s => s.UserId == userId && s.Name == "Python").Select(s => s.Id).SingleAsync());
        using var attack = await stranger.SubmitAsync(strangersPage, strangersPage.Form("form[action*='handler=Move']"),
            new Dictionary<string, string> { ["section"] = "Skills", ["by"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, attack.StatusCode); // their own order
        var antiforgery = strangersPage.Form("form[action*='handler=Move']").QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var toggle = await stranger.PostAsync("/Resume?handler=Include", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["kind"] = "Skill", ["itemId"] = skillId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["include"] = "false",
        }));
        Assert.Equal(HttpStatusCode.NotFound, toggle.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Skills.Where(s => s.Id == skillId).Select(s => s.OnResume == true).SingleAsync()));
    }

    [Fact]
    public async Task Sections_move_and_the_headline_of_the_resume_replaces_the_brands_on_the_resume_only()
    {
        var (client, email) = await PersonWithAHistoryAsync();
        var page = await client.GetPageAsync("/Resume");
        var moveSkillsUp = page.Document.QuerySelectorAll("form[action*='handler=Move']").OfType<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.QuerySelector("input[name=section]")!.GetAttribute("value") == "Skills" && f.QuerySelector("input[name=by]")!.GetAttribute("value") == "-1");

        using (await client.SubmitAsync(page, moveSkillsUp)) { }
        using (await client.SubmitAsync("/Resume", new Dictionary<string, string> { ["Input.Headline"] = "Data engineer for hire" }, "form[action*='handler=Text']")) { }

        var after = await client.GetPageAsync("/Resume");
        Assert.StartsWith("1. Skills", after.Text("[data-testid=section-order]"), StringComparison.Ordinal);
        Assert.Equal(["Skills", "Experience"], after.Document.QuerySelectorAll("[data-testid=resume] h2").Select(h => h.TextContent).Take(2));
        Assert.Contains("Data engineer for hire", after.Text("[data-testid=resume-header]"), StringComparison.Ordinal);
        var userId = await UserIdAsync(email);
        Assert.Equal("Data engineer who ships", await factory.WithDbAsync(db => db.PersonalBrands.Where(b => b.UserId == userId).Select(b => b.WhoIAm).SingleAsync()));

        using var tooLong = await client.SubmitAsync("/Resume", new Dictionary<string, string> { ["Input.Headline"] = new string('x', 201) }, "form[action*='handler=Text']");
        var refused = await tooLong.ParseAsync();
        Assert.Equal(["Keep the headline to 200 characters or fewer."], refused.FieldErrors("Input.Headline"));
        Assert.Equal(new string('x', 201), refused.InputValue("Input.Headline"));
    }
}
