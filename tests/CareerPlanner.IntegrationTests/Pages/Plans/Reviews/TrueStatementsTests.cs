using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.IntegrationTests.Pages.Plans.Reviews;

/// <summary>The evaluation pages say nothing about a review that never happened, and draw no chart from a single point.</summary>
public class TrueStatementsTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task A_plan_without_reviews_is_not_told_its_last_check_in_is_recent_nor_that_last_quarters_review_made_no_adjustments()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();

        var hub = await client.GetPageAsync($"/Plans/{planId}/Wizard/evaluation");
        var nothingDue = hub.Text("[data-testid=nothing-due]");
        Assert.DoesNotContain("last check-in is recent", nothingDue, StringComparison.Ordinal);
        Assert.Contains("your first check-in comes a week after the plan began", nothingDue, StringComparison.Ordinal);

        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var quarter = await client.GetPageAsync($"/Plans/{planId}/Reviews/Quarterly/{today.Year}/{Quarters.Number(today)}");
        Assert.DoesNotContain("made no adjustments", quarter.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("had no quarterly review", quarter.Text("[data-testid=previous-not-reviewed]"), StringComparison.Ordinal);
        Assert.Null(quarter.Document.QuerySelector("[data-testid=satisfaction-chart] svg"));
    }

    [Fact]
    public async Task A_chart_of_one_point_says_its_value_in_words_and_keeps_its_table()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        using (await client.SubmitAsync($"/Plans/{planId}/Reviews/New/weekly", new Dictionary<string, string> { ["Input.Satisfaction"] = "6" })) { }

        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var quarter = await client.GetPageAsync($"/Plans/{planId}/Reviews/Quarterly/{today.Year}/{Quarters.Number(today)}");
        var chart = quarter.Document.QuerySelector("[data-testid=satisfaction-chart]")!;
        Assert.Null(chart.QuerySelector("svg"));
        Assert.Contains("6", chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(chart.QuerySelector("[data-testid=satisfaction-chart-table]"));
    }
}
