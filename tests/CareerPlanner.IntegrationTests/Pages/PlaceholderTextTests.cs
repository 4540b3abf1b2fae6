using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>
/// No page a person can reach says something that is not there yet. The test fills a plan and the person's own lists,
/// then follows every link from the menus, the dashboard, the plan overview and the five stage hubs (and the links on
/// those pages), and fails on any placeholder phrase — so a page added later is walked without being listed here.
/// </summary>
public class PlaceholderTextTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private static readonly string[] Placeholders =
    [
        "once that section exists", "coming soon", "not yet available", "not available yet", "todo", "lorem ipsum",
        "not implemented", "under construction", "placeholder",
    ];

    [Fact]
    public async Task No_page_reachable_from_the_menus_and_the_hubs_of_a_full_plan_shows_placeholder_text()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await FullPlanAsync(client);

        var starts = new List<string> { "/Dashboard", $"/Plans/{planId}" };
        starts.AddRange(Enum.GetValues<PlanStage>().Select(stage => $"/Plans/{planId}/Wizard/{stage.Slug()}"));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<(string Path, int Depth)>(starts.Select(s => (s, 0)));
        var offences = new List<string>();
        while (queue.Count > 0)
        {
            var (path, depth) = queue.Dequeue();
            if (!seen.Add(path))
            {
                continue;
            }
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found,
                $"GET {path} answered {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var page = await response.ParseAsync();
            var text = page.Document.Body!.TextContent;
            offences.AddRange(Placeholders.Where(p => ContainsWord(text, p)).Select(p => $"{path}: “{p}”"));
            if (depth < 2)
            {
                foreach (var href in page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                {
                    if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !IsOutOfScope(href))
                    {
                        queue.Enqueue((href.Split('#')[0], depth + 1));
                    }
                }
            }
        }

        Assert.True(seen.Count > 40, $"Only {seen.Count} pages were reached; the walk should cover the app.");
        Assert.True(offences.Count == 0, "Placeholder text on: " + string.Join("; ", offences));
    }

    [Fact]
    public void The_check_finds_each_phrase_as_words_and_not_inside_other_words()
    {
        Assert.True(ContainsWord("Education will be recorded once that section exists.", "once that section exists"));
        Assert.True(ContainsWord("TODO: finish", "todo"));
        Assert.False(ContainsWord("Today's to-do list: mastodon", "todo"));
    }

    private static bool ContainsWord(string text, string phrase) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\w]){System.Text.RegularExpressions.Regex.Escape(phrase)}(?![\w])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Links that leave the signed-in app or download a file rather than show a page.</summary>
    private static bool IsOutOfScope(string href) =>
        href.StartsWith("/Identity/Account/Logout", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("/lib/", StringComparison.OrdinalIgnoreCase) || href.StartsWith("/css/", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("/js/", StringComparison.OrdinalIgnoreCase) || href.EndsWith(".ics", StringComparison.OrdinalIgnoreCase);

    /// <summary>A plan with something in every stage, and the person's own lists filled, all through the real forms.</summary>
    private async Task<int> FullPlanAsync(HttpClient client)
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var planId = await client.CreatePlanAsync("Full plan");
        using (await client.SubmitAsync($"/Plans/{planId}/Vision", new Dictionary<string, string> { ["Input.VisionStatement"] = "Lead a data team" })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/BackupPlan", new Dictionary<string, string> { ["Input.BackupPlan"] = "Analytics engineering", ["Input.BackupTrigger"] = "No offer by June" })) { }
        using (await client.SubmitAsync("/SelfAssessment/Items/Create/Strength", new Dictionary<string, string> { ["Input.Text"] = "Explaining things" })) { }
        using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "SQL", ["Input.Rating"] = "4" })) { }
        var optionId = await client.CreateOptionAsync(planId, "Data engineer", status: "ChosenTarget");
        using (await client.SubmitAsync($"/Plans/{planId}/Options/{optionId}", new Dictionary<string, string> { ["Input.Name"] = "Spark", ["Input.RequiredLevel"] = "3" })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Activities/Create", new Dictionary<string, string> { ["Input.Learned"] = "Pipelines break at night" })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Notes/Create", new Dictionary<string, string> { ["Input.Text"] = "Read the job ads" })) { }
        var goalId = await client.CreateGoalAsync(planId, today, new Dictionary<string, string> { ["Input.OptionIds"] = $"{optionId}" });
        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Milestones/Plan", new Dictionary<string, string> { ["Input.Title"] = "Mock exam passed" })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Actions/Create", new Dictionary<string, string> { ["Input.Title"] = "Book the exam" })) { }
        using (await client.SubmitAsync("/Learning/Create", new Dictionary<string, string> { ["Input.Title"] = "Designing data-intensive applications" })) { }
        using (await client.SubmitAsync("/Achievements/Create", new Dictionary<string, string> { ["Input.What"] = "Shipped the reporting pipeline" })) { }
        await client.CreateFeedbackRequestAsync(anonymous: false);
        using (await client.SubmitAsync("/Network/Create", new Dictionary<string, string> { ["Input.Name"] = "Ada", ["Input.HowWeKnow"] = "Work" })) { }
        using (await client.SubmitAsync("/OneOnOnes", new Dictionary<string, string> { ["Input.WithWhom"] = "My manager" })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Reviews/New/weekly", new Dictionary<string, string> { ["Input.Satisfaction"] = "7", ["Input.WentWell"] = "A good week" })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Reviews/New/quarterly", new Dictionary<string, string> { ["Input.Satisfaction"] = "8", ["Input.CareerFit"] = "Yes" })) { }
        return planId;
    }
}
