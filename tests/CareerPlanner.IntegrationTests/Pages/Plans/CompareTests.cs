using System.Globalization;
using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Plans;

/// <summary>Whole plans side by side: each row's values per plan, and someone else's plan a 404.</summary>
public sealed class CompareTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Two_plans_show_their_vision_target_goals_milestone_actions_and_reviews_side_by_side()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var main = await client.CreatePlanAsync("Staff engineer");
        var backup = await client.CreatePlanAsync("Teaching");
        using (await client.SubmitAsync($"/Plans/{main}/Vision", new Dictionary<string, string> { ["Input.VisionStatement"] = "Lead the platform team.\nAnd write about it." })) { }
        var goalId = await client.CreateGoalAsync(main, today);
        using (await client.SubmitAsync($"/Plans/{main}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Value"] = "1" })) { }
        using (await client.SubmitAsync($"/Plans/{main}/Goals/{goalId}/Milestones/Plan", new Dictionary<string, string> { ["Input.Title"] = "Pass the mock exam" })) { }
        using (await client.SubmitAsync($"/Plans/{main}/Actions/Create", new Dictionary<string, string>
        {
            ["Input.Title"] = "Book the exam", ["Input.DueDate"] = today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        })) { }
        var option = await client.CreateOptionAsync(main, "Staff engineer at a scale-up");
        using (await client.SubmitAsync($"/Plans/{main}/Options/{option}/Edit", new Dictionary<string, string> { ["Input.Status"] = "ChosenTarget" })) { }
        using (await client.SubmitAsync($"/Plans/{main}/Options/{option}", new Dictionary<string, string> { ["Input.Name"] = "Kubernetes", ["Input.RequiredLevel"] = "4" })) { }
        using (await client.SubmitAsync($"/Plans/{main}/Reviews/New/quarterly", new Dictionary<string, string>
        {
            ["Input.Satisfaction"] = "7", ["Input.CareerFit"] = "Yes", ["Input.Goals[0].Judgement"] = "OnTrack",
        })) { }

        var page = await client.GetPageAsync($"/Plans/Compare?p={main}&p={backup}");

        string Cell(string row, int column) => page.Document.QuerySelectorAll("[data-testid=plans-compare-table] tbody tr")
            .Single(tr => tr.QuerySelector("th")!.TextContent == row).QuerySelectorAll("td")[column].TextContent.Trim();
        Assert.Equal(["Staff engineer", "Teaching"], page.Document.QuerySelectorAll("[data-testid=plans-compare-table] thead th").Select(th => th.TextContent));
        Assert.Equal("Lead the platform team.", Cell("Vision", 0));
        Assert.Equal("Not written yet", Cell("Vision", 1));
        Assert.Equal("Staff engineer at a scale-up: 0 % of the demanded skill levels covered, 1 skill still to build", Cell("Target career", 0).Replace('\u00a0', ' '));
        Assert.Equal("None chosen yet", Cell("Target career", 1));
        Assert.Matches(@"^1 year: 1 goal, \d+ % on average$", Cell("Open goals by horizon", 0).Replace('\u00a0', ' '));
        Assert.Equal("No open goals", Cell("Open goals by horizon", 1));
        Assert.StartsWith("Pass the mock exam (for “Pass the AWS data exam”)", Cell("Next milestone", 0), StringComparison.Ordinal);
        Assert.Equal("1 open, 1 overdue", Cell("Actions", 0));
        Assert.Equal($"Satisfaction 7 of 10, {today:d MMMM yyyy}", Cell("Latest review", 0));
        Assert.StartsWith("Yes", Cell("Still the right career?", 0), StringComparison.Ordinal);
        Assert.Equal("Not rated", Cell("Satisfaction, last four quarters", 1));
        Assert.Contains("Staff engineer: 7.", page.Text("[data-testid=plans-satisfaction-chart] figcaption"), StringComparison.Ordinal);
        Assert.Equal(2, page.Document.QuerySelectorAll("[data-testid=plans-compare-cards] section").Length);

        var fromOverview = await client.GetPageAsync($"/Plans/{main}");
        var link = fromOverview.Document.QuerySelectorAll("a").Single(a => a.TextContent == "Compare with another plan").GetAttribute("href")!;
        var joined = await client.GetPageAsync(link);
        Assert.Equal(2, joined.Document.QuerySelectorAll("[data-testid=plans-compare-table] thead th").Length);
    }

    [Fact]
    public async Task Another_persons_plan_in_the_selection_is_a_404_and_one_plan_alone_says_what_to_do()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var mine = await client.CreatePlanAsync("Mine");
        var (stranger, _) = await factory.RegisterNewUserAsync();
        var theirs = await stranger.CreatePlanAsync("Theirs");

        using var foreign = await client.GetAsync($"/Plans/Compare?p={mine}&p={theirs}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var alone = await client.GetPageAsync("/Plans/Compare");
        Assert.Contains("Compare needs two plans", alone.Text("[data-testid=compare-problem]"), StringComparison.Ordinal);
    }
}
