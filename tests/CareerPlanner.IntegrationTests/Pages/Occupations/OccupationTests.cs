using System.Globalization;
using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Pages.Occupations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Occupations;

/// <summary>The occupation catalogue: imported from an O*NET release, searched, shown, suggested from interests, and researched into a plan.</summary>
public sealed class OccupationTests : IClassFixture<CareerPlannerFactory>, IDisposable
{
    private readonly CareerPlannerFactory factory;
    private readonly string folder = Directory.CreateTempSubdirectory("onet-it-").FullName;

    public OccupationTests(CareerPlannerFactory factory)
    {
        this.factory = factory;
        ImportAsync().GetAwaiter().GetResult();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task ImportAsync(string release = "O*NET 99.9 Database") => OnetFixture.ImportAsync(factory, release);

    [Fact]
    public async Task Search_finds_an_occupation_by_an_alternate_title_and_its_page_shows_skills_technologies_and_related_occupations()
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        var found = await client.GetPageAsync("/Occupations?q=devops");

        var hit = Assert.Single(found.Document.QuerySelectorAll("[data-testid=occupation-hits] li"));
        Assert.Contains("Software Developers", hit.TextContent, StringComparison.Ordinal);
        Assert.Contains("also called DevOps Engineer", hit.TextContent, StringComparison.Ordinal);
        Assert.Contains("O*NET 99.9 Database", found.Text("[data-testid=onet-credit]"), StringComparison.Ordinal);
        var byTitle = await client.GetPageAsync("/Occupations?q=database%20architects");
        Assert.Equal("Database Architects", byTitle.Document.QuerySelector("[data-testid=occupation-hits] a")!.TextContent);

        var architects = await client.GetPageAsync($"/Occupations/{OnetFixture.DatabaseArchitects}");
        Assert.Equal(["Programming", "Critical Thinking", "Writing"], architects.Document.QuerySelectorAll("[data-testid=occupation-skills] li").Select(li => li.TextContent.Split(" (")[0]));
        Assert.Contains("Computers and Electronics", architects.Text("[data-testid=occupation-knowledge]"), StringComparison.Ordinal);
        Assert.Contains("Structured query language SQL", architects.Text("[data-testid=occupation-technologies]"), StringComparison.Ordinal);
        Assert.Equal("Software Developers", architects.Text("[data-testid=occupation-related] a"));
        Assert.Contains("Preparation: 5 of 5", architects.Text("main"), StringComparison.Ordinal);
        using var unknown = await client.GetAsync("/Occupations/00-0000.00");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_interest_result_suggests_occupations_by_fit_and_filters_them_by_job_zone()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        // Strongest in investigative and organising work.
        using (await client.SubmitAsync("/Profile/InterestTest", InterestTest.Questions.ToDictionary(q => $"Input.Answers[{q.Number}]",
            q => q.Area is InterestArea.Investigative or InterestArea.Organising ? "5" : q.Area == InterestArea.Creative ? "1" : "2"), "#interest-test")) { }

        var result = await client.GetPageAsync("/Profile/InterestTest");
        var suggestions = result.Document.QuerySelectorAll("[data-testid=occupation-suggestions] li");
        Assert.Equal(["Database Architects", "Software Developers"], suggestions.Take(2).Select(li => li.QuerySelector("a")!.TextContent));
        Assert.Contains("like you", suggestions[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(suggestions, li => li.TextContent.Contains("All Other", StringComparison.Ordinal)); // no interest data
        Assert.Equal("Graphic Designers", suggestions.Last().QuerySelector("a")!.TextContent);

        var zoneThree = await client.GetPageAsync("/Profile/InterestTest?zone=3");
        Assert.Equal(["Registered Nurses", "Graphic Designers"], zoneThree.Document.QuerySelectorAll("[data-testid=occupation-suggestions] li a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Researching_an_occupation_adds_an_option_with_its_demanded_skills_or_its_technologies_when_it_has_no_ratings()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Into data");

        var architectOption = await ResearchAsync(client, OnetFixture.DatabaseArchitects, planId);
        var developerOption = await ResearchAsync(client, OnetFixture.SoftwareDevelopers, planId);

        var options = await factory.WithDbAsync(db => db.CareerOptions.Where(o => o.PlanId == planId).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Title, o.OccupationCode, Skills = db.DemandedSkills.Where(d => d.CareerOptionId == o.Id).OrderBy(d => d.Id).Select(d => d.Name + " " + d.RequiredLevel).ToList() })
            .ToListAsync());
        Assert.Equal(("Database Architects", OnetFixture.DatabaseArchitects), (options[0].Title, options[0].OccupationCode));
        Assert.Equal(["Computers and Electronics 4", "Programming 4", "Critical Thinking 4", "Structured query language SQL 3"], options[0].Skills);
        Assert.Equal(["Amazon Web Services AWS software 3", "Python 3", "Git 3"], options[1].Skills);
        var option = await client.GetPageAsync($"/Plans/{planId}/Options/{developerOption}");
        Assert.Contains("“Software Developers” is now a career option in “Into data”, with 3 skills", option.Text("main"), StringComparison.Ordinal);
        Assert.Contains("Researched from the occupation Software Developers", option.Text("[data-testid=option-occupation]"), StringComparison.Ordinal);
        Assert.Contains("O*NET 99.9 Database", option.Text("[data-testid=onet-credit]"), StringComparison.Ordinal);
        Assert.NotEqual(architectOption, developerOption);
    }

    [Fact]
    public async Task Saying_that_my_skill_covers_a_demanded_skill_turns_it_from_missing_to_covered_in_every_option_that_demands_it()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Into the cloud");
        var other = await client.CreatePlanAsync("Plan B");
        using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "Cloud infrastructure (AWS)", ["Input.Rating"] = "4" })) { }
        var first = await ResearchAsync(client, OnetFixture.SoftwareDevelopers, planId);
        var second = await ResearchAsync(client, OnetFixture.SoftwareDevelopers, other);
        const string Aws = "Amazon Web Services AWS software";
        Assert.Equal("Missing", GapStatus(await client.GetPageAsync($"/Plans/{planId}/Gap/{first}"), Aws));

        var gap = await client.GetPageAsync($"/Plans/{planId}/Gap/{first}");
        var form = gap.Document.QuerySelectorAll("[data-testid=cover-form]").Single(f => f.QuerySelector("input[name='Input.DemandedName']")!.GetAttribute("value") == Aws);
        var skillId = form.QuerySelectorAll("option").Single(o => o.TextContent.StartsWith("Cloud infrastructure", StringComparison.Ordinal)).GetAttribute("value")!;
        using (var covered = await client.SubmitAsync(gap, (AngleSharp.Html.Dom.IHtmlFormElement)form, new Dictionary<string, string> { ["Input.SkillId"] = skillId }))
        {
            Assert.Equal(HttpStatusCode.Redirect, covered.StatusCode);
        }

        foreach (var (plan, optionId) in new[] { (planId, first), (other, second) })
        {
            var page = await client.GetPageAsync($"/Plans/{plan}/Gap/{optionId}");
            Assert.Equal("Met", GapStatus(page, Aws));
            Assert.Contains("covered by your skill “Cloud infrastructure (AWS)”", page.Text("[data-testid=gap-table]"), StringComparison.Ordinal);
        }
        Assert.Equal("Missing", GapStatus(await client.GetPageAsync($"/Plans/{planId}/Gap/{first}"), "Python"));
        var download = await client.GetPageAsync("/Identity/Account/Manage/PersonalData");
        using var data = await client.SubmitAsync(download, download.Form("#download-data"));
        Assert.Contains("Cloud infrastructure (AWS)", await data.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_import_replaces_the_catalogue_and_options_keep_their_occupation()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Designing");
        var optionId = await ResearchAsync(client, OnetFixture.GraphicDesigners, planId);

        await ImportAsync("O*NET 100.1 Database");

        Assert.Equal(5, await factory.WithDbAsync(db => db.Occupations.CountAsync()));
        Assert.Equal(5, await factory.WithDbAsync(db => db.OccupationTitles.CountAsync()));
        Assert.Equal(OnetFixture.GraphicDesigners, await factory.WithDbAsync(db => db.CareerOptions.Where(o => o.Id == optionId).Select(o => o.OccupationCode).SingleAsync()));
        Assert.Contains("O*NET 100.1 Database", (await client.GetPageAsync($"/Occupations/{OnetFixture.GraphicDesigners}")).Text("[data-testid=onet-credit]"), StringComparison.Ordinal);
    }

    [Fact]
    [Trait(SuiteRuns.Trait, SuiteRuns.Once)] // a command line on a SQLite file of its own
    public async Task The_import_command_of_the_app_reads_a_zip_into_a_new_database_and_refuses_a_folder_that_is_not_a_release()
    {
        var database = Path.Combine(folder, "fresh.db");
        var zip = OnetFixture.Zip(OnetFixture.Write(folder));

        var (code, output, errors) = await AppCommand.RunAsync(database, OccupationImport.Name, zip);

        Assert.True(code == 0, errors + output);
        Assert.Contains("Imported O*NET 99.9 Database: 5 occupations, 5 alternate titles", output, StringComparison.Ordinal);
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM OccupationElements";
            Assert.Equal(7L, await count.ExecuteScalarAsync());
        }
        using var refusal = new StringWriter();
        Assert.Equal(1, await OccupationImport.RunAsync(factory.Services, OnetFixture.Write(folder, withoutOccupationData: true), TextWriter.Null, refusal));
        Assert.Contains("is not an O*NET text release", refusal.ToString(), StringComparison.Ordinal);
    }

    private static string GapStatus(HtmlPage page, string skill) =>
        page.Document.QuerySelectorAll("[data-testid=gap-table] tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == skill)
            .QuerySelector("[data-testid=gap-status]")!.TextContent;

    /// <summary>Researches the occupation into the plan through the occupation page's form; returns the new option's id.</summary>
    private static async Task<int> ResearchAsync(HttpClient client, string code, int planId)
    {
        var page = await client.GetPageAsync($"/Occupations/{code}");
        using var response = await client.SubmitAsync(page, page.Form("form[action*=Research]"), new Dictionary<string, string> { ["Input.PlanId"] = planId.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }
}
