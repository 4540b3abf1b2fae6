using System.Net;
using AngleSharp.Dom;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>
/// Every page of the app — a new person's, empty, and the pages of someone with one of everything — is valid HTML by the
/// Nu checker. The pages are read from the app's routes, so a page added later is checked without touching this test.
/// </summary>
// The markup does not depend on the database, so the PostgreSQL run leaves this out; every page is opened on
// PostgreSQL by ProbeTests and OwnershipTests all the same.
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public class HtmlValidityTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    /// <summary>"a interest", "rating(s)", "InformationalInterview": words a person should never read (names such as LinkedIn are words).</summary>
    private static readonly System.Text.RegularExpressions.Regex BadWording = new(
        @"\b[Aa] (?!uni|use|usu|one|eu)[aeiou]\w*|\w\(s\)|\b(?!CareerPlanner\b|LinkedIn\b|Mc[A-Z])[A-Z][a-z]+[A-Z][a-z]+\b|\b\d{4}-\d{2}-\d{2}\b");

    [Fact]
    public async Task Every_page_is_valid_html_by_the_nu_checker_and_reads_as_english()
    {
        var folder = Path.Combine(CareerPlannerFactory.TestFolder, "html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var (owner, _, planId, ids, mentor) = await OwnedData.SeedAsync(factory);
            var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
            // A check-in a quarter earlier, so the quarter's charts have two points and are drawn.
            using (await owner.SubmitAsync($"/Plans/{planId}/Reviews/New/weekly", new Dictionary<string, string>
            {
                ["Input.Satisfaction"] = "8", ["Input.HeldOn"] = today.AddMonths(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            })) { }
            // The occupation catalogue, so that its pages and the interest test's suggestions are checked too.
            await OnetFixture.ImportAsync(factory);
            using (await owner.SubmitAsync("/Profile/InterestTest", InterestTest.Questions.ToDictionary(q => $"Input.Answers[{q.Number}]", q => q.Number % 5 == 0 ? "5" : "2"), "#interest-test")) { }
            var (newcomer, _) = await factory.RegisterNewUserAsync();
            var routes = (await AppRoutes.AllAsync(factory, ids)).Where(r => r.Method == "GET").ToList();
            // Every stage of the wizard and every kind of review, not only the one the route table is filled with.
            routes.AddRange(Enum.GetValues<PlanStage>().Select(stage => new AppRoute("GET", $"/Plans/{planId}/Wizard/{stage.Slug()}", null, TakesAnId: true, IsPage: true)));
            routes.Add(new AppRoute("GET", $"/Plans/{planId}/Reviews/Quarterly/{today.Year}/{Quarters.Number(today)}", null, TakesAnId: true, IsPage: true));
            routes.AddRange(Enum.GetValues<ReviewKind>().Select(kind => new AppRoute("GET", $"/Plans/{planId}/Reviews/New/{kind.Slug()}", null, TakesAnId: true, IsPage: true)));
            routes.AddRange(new[] { "/Occupations?q=data", $"/Occupations/{OnetFixture.DatabaseArchitects}", $"/Occupations/{OnetFixture.SoftwareDevelopers}", "/Profile/InterestTest?zone=3" }
                .Select(url => new AppRoute("GET", url, null, TakesAnId: true, IsPage: true)));
            var saved = 0;
            var wording = new List<string>();
            foreach (var (who, client) in new[] { ("full", owner), ("mentor", mentor), ("new", newcomer), ("anonymous", factory.CreateBrowserLikeClient()) })
            {
                foreach (var route in routes.Where(r => who == "full" || (who == "mentor" ? r.Path.StartsWith("/Shared", StringComparison.Ordinal) : !r.TakesAnId)))
                {
                    using var response = await client.GetAsync(route.Url);
                    if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                    {
                        continue;
                    }
                    var name = who + "-" + saved + route.Url.Replace('/', '_').Replace('?', '_').Replace('=', '_') + ".html";
                    var html = await response.Content.ReadAsStringAsync();
                    await File.WriteAllTextAsync(Path.Combine(folder, name), html);
                    wording.AddRange(BadWordingIn(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), $"{route.Url} ({who})"));
                    saved++;
                }
            }
            // The restore's preview and its list of problems are reached by an upload, not by a route.
            using (var backup = await owner.GetAsync("/Account/Export"))
            {
                var uploads = new[]
                {
                    await newcomer.UploadAsync("/Account/Import", await backup.Content.ReadAsByteArrayAsync(), "backup.json", "application/json"),
                    await newcomer.UploadAsync("/Account/Import", """{"format":"careerplanner-backup","version":1,"skills":[{"id":0},{"rating":9}]}"""u8.ToArray(), "bad.json", "application/json"),
                };
                foreach (var upload in uploads)
                {
                    var html = "<!DOCTYPE html>\n" + upload.Document.DocumentElement.OuterHtml;
                    await File.WriteAllTextAsync(Path.Combine(folder, $"upload-{saved++}.html"), html);
                    wording.AddRange(BadWordingIn(upload.Document, "/Account/Import (upload)"));
                }
                Assert.NotNull(uploads[0].Document.QuerySelector("[data-testid=restore-preview]"));
                Assert.NotNull(uploads[1].Document.QuerySelector("[data-testid=restore-problems]"));
            }
            Assert.True(saved >= 100, $"Only {saved} pages were saved");
            Assert.Contains(Directory.GetFiles(folder), file => File.ReadAllText(file).Contains("<svg viewBox", StringComparison.Ordinal));

            var errors = await HtmlValidator.ErrorsInAsync(folder);

            Assert.True(errors.Count == 0, string.Join("\n", errors));
            Assert.True(wording.Count == 0, "Wording a person should not read:\n" + string.Join("\n", wording.Distinct()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The wording a person should not read on the page, apart from code, scripts and text for screen readers only.</summary>
    private static IEnumerable<string> BadWordingIn(IDocument page, string where)
    {
        foreach (var hidden in page.QuerySelectorAll("script, style, code, kbd, [data-testid=shared-key], .visually-hidden").ToList())
        {
            hidden.Remove();
        }
        return BadWording.Matches(string.Join(" ", page.Body?.Descendants<IText>().Select(t => t.Data) ?? []))
            .Select(match => $"{where}: “{match.Value}”");
    }
}
