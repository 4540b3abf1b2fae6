using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Plans.Reviews;

public class ReviewsTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> QuarterlyAnswers(string satisfaction, string why) => new()
    {
        ["Input.Satisfaction"] = satisfaction, ["Input.CareerFit"] = "Yes", ["Input.CareerFitWhy"] = why, ["Input.Goals[0].Judgement"] = "OnTrack",
    };

    [Fact]
    public async Task A_second_quarterly_review_of_the_same_quarter_updates_the_first_instead_of_adding_one()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        await client.CreateGoalAsync(planId, Today);
        var first = await client.GetPageAsync($"/Plans/{planId}/Reviews/New/quarterly"); // two tabs opened before either is saved
        var second = await client.GetPageAsync($"/Plans/{planId}/Reviews/New/quarterly");

        using (var saved = await client.SubmitAsync(first, first.Form(), QuarterlyAnswers("5", "First thoughts"))) { Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode); }
        using var again = await client.SubmitAsync(second, second.Form(), QuarterlyAnswers("7", "Second thoughts"));
        var shown = await client.GetPageAsync(again.Headers.Location!.OriginalString);
        using var reopened = await client.GetAsync($"/Plans/{planId}/Reviews/New/quarterly");

        var reviews = await factory.WithDbAsync(db => db.Reviews.Where(r => r.PlanId == planId).ToListAsync());
        var review = Assert.Single(reviews);
        Assert.Equal((7, "Second thoughts"), (review.Satisfaction, review.CareerFitWhy));
        Assert.Contains("it is updated with what you entered", shown.Text("[data-testid=status-message]"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal($"/Plans/{planId}/Reviews/{review.Id}/Edit", reopened.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_quarterly_review_without_a_satisfaction_or_an_answer_redisplays_with_the_errors_and_keeps_what_was_typed()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        await client.CreateGoalAsync(planId, Today);

        using var response = await client.SubmitAsync($"/Plans/{planId}/Reviews/New/quarterly", new Dictionary<string, string>
        {
            ["Input.WentWell"] = "Shipped the pipeline", ["Input.CareerFit"] = "No", ["Input.Goals[0].Note"] = "Slower than hoped",
            ["Input.Goals[0].NewStatus"] = "Dropped", ["Input.HeldOn"] = Date(Today.AddDays(1)),
        });
        var page = await response.ParseAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Rate your job satisfaction", page.FieldErrors("Input.Satisfaction").Single(), StringComparison.Ordinal);
        Assert.Contains("what makes you unsure or why not", page.FieldErrors("Input.CareerFitWhy").Single(), StringComparison.Ordinal);
        Assert.Contains("on track, at risk or off track", page.FieldErrors("Input.Goals[0].Judgement").Single(), StringComparison.Ordinal);
        Assert.Contains("why you are dropping", page.FieldErrors("Input.Goals[0].AdjustmentReason").Single(), StringComparison.Ordinal);
        Assert.Contains("A review looks back", page.FieldErrors("Input.HeldOn").Single(), StringComparison.Ordinal);
        Assert.Equal("Shipped the pipeline", page.Text("textarea[name='Input.WentWell']"));
        Assert.Equal("Slower than hoped", page.Text("textarea[name='Input.Goals[0].Note']"));
        Assert.NotNull(page.Document.QuerySelector("input[name='Input.CareerFit'][value='No'][checked]"));
        Assert.NotNull(page.Document.QuerySelector("select[name='Input.Goals[0].NewStatus'] option[value='Dropped'][selected]"));
        Assert.Empty(await factory.WithDbAsync(db => db.Reviews.Where(r => r.PlanId == planId).ToListAsync()));
        Assert.Equal(GoalStatus.NotStarted, await factory.WithDbAsync(db => db.Goals.Where(g => g.PlanId == planId).Select(g => g.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_check_in_is_listed_newest_first_opened_edited_and_deleted_after_confirmation()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        Assert.NotNull((await client.GetPageAsync($"/Plans/{planId}/Reviews")).Document.QuerySelector("[data-testid=reviews-empty]"));
        using (await client.SubmitAsync($"/Plans/{planId}/Reviews/New/monthly", new Dictionary<string, string>
        {
            ["Input.Satisfaction"] = "4", ["Input.HeldOn"] = Date(Today.AddDays(-40)),
        })) { }
        using var created = await client.SubmitAsync($"/Plans/{planId}/Reviews/New/weekly", new Dictionary<string, string> { ["Input.Satisfaction"] = "6" });
        var details = created.Headers.Location!.OriginalString;

        var list = await client.GetPageAsync($"/Plans/{planId}/Reviews");
        Assert.Equal(["Weekly check-in", "Monthly check-in"], list.Document.QuerySelectorAll("[data-testid=review-title]").Select(a => a.TextContent.Split(" for ")[0]).ToArray());
        using (var edited = await client.SubmitAsync($"{details}/Edit", new Dictionary<string, string> { ["Input.Satisfaction"] = "9", ["Input.WentWell"] = "A calm week" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }
        var shown = await client.GetPageAsync(details);
        Assert.Equal("9 of 10", shown.Text("[data-testid=satisfaction]"));
        Assert.Contains("A calm week", shown.Document.Body!.TextContent, StringComparison.Ordinal);
        var edits = shown.Document.QuerySelectorAll("[data-testid=review-edits] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, edits.Count);
        Assert.Contains(edits, e => e.Contains("Job satisfaction from “6” to “9”", StringComparison.Ordinal));
        Assert.Contains(edits, e => e.Contains("What went well from “—” to “A calm week”", StringComparison.Ordinal));

        var confirm = await client.GetPageAsync($"{details}/Delete");
        Assert.Contains("cannot be undone", confirm.Text("main"), StringComparison.Ordinal);
        using var deleted = await client.SubmitAsync(confirm, confirm.Form());
        using var gone = await client.GetAsync(details);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Single(await factory.WithDbAsync(db => db.Reviews.Where(r => r.PlanId == planId).ToListAsync()));
    }

    [Fact]
    public async Task The_evaluation_hub_shows_the_latest_review_what_is_due_and_meets_its_checklist_after_one_review()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var before = await client.GetPageAsync($"/Plans/{planId}/Wizard/evaluation");
        Assert.Equal("false", before.Document.QuerySelector("[data-testid=checklist] li")!.GetAttribute("data-met"));
        Assert.NotNull(before.Document.QuerySelector("[data-testid=no-reviews]"));

        using (await client.SubmitAsync($"/Plans/{planId}/Reviews/New/weekly", new Dictionary<string, string> { ["Input.Satisfaction"] = "7", ["Input.NextSteps"] = "Ask for the on-call rotation" })) { }
        var after = await client.GetPageAsync($"/Plans/{planId}/Wizard/evaluation");

        Assert.Equal("true", after.Document.QuerySelector("[data-testid=checklist] li")!.GetAttribute("data-met"));
        Assert.Contains("job satisfaction 7 of 10", after.Text("[data-testid=latest-review]"), StringComparison.Ordinal);
        Assert.Contains("Ask for the on-call rotation", after.Text("main"), StringComparison.Ordinal);
        Assert.NotNull(after.Document.QuerySelector("a[href*='/Reviews/Quarterly/']"));
        Assert.Null(after.Document.QuerySelector("[data-testid=due-reviews] a[href*='/New/weekly']")); // a check-in was just done
    }

    [Fact]
    public async Task The_quarterly_page_issues_at_most_seven_sql_commands_for_one_goal_and_as_many_for_500_goals_and_40_reviews()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var small = await PlanAsync(client, goals: 1, reviews: 0);
        var large = await PlanAsync(client, goals: 500, reviews: 40);
        var quarter = $"{Today.Year}/{(Today.Month + 2) / 3}";
        await client.GetPageAsync($"/Plans/{small}/Reviews/Quarterly/{quarter}"); // warm up

        var forOne = await factory.SqlCommands.CountAsync(() => client.GetPageAsync($"/Plans/{small}/Reviews/Quarterly/{quarter}"));
        var forFiveHundred = await factory.SqlCommands.CountAsync(() => client.GetPageAsync($"/Plans/{large}/Reviews/Quarterly/{quarter}"));

        Assert.InRange(forOne, 1, 7);
        Assert.Equal(forOne, forFiveHundred);
        var page = await client.GetPageAsync($"/Plans/{large}/Reviews/Quarterly/{quarter}");
        Assert.Equal(500, page.Document.QuerySelectorAll("[data-testid=quarter-goal]").Length);
        Assert.Equal(500, page.Document.QuerySelectorAll("[data-testid=progress-chart-table] tbody tr").Length);
        Assert.Equal(6, page.Document.QuerySelectorAll("[data-testid=progress-chart] svg g.chart-series").Length); // one per colour and line style
        Assert.Contains("The chart draws the first 6, in the order of the goals above; the data has all 500.", page.Text("[data-testid=progress-chart] figcaption"), StringComparison.Ordinal);
    }

    /// <summary>Goals and reviews written straight to the database (with readings, notes and an adjustment), for counting.</summary>
    private async Task<int> PlanAsync(HttpClient client, int goals, int reviews)
    {
        var planId = await client.CreatePlanAsync($"Plan with {goals} goals");
        await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var created = new List<Goal>();
            for (var n = 0; n < goals; n++)
            {
                var goal = new Goal(planId, Today.AddDays(-200), now)
                {
                    Title = $"Ship side project number {n}", Description = "Done", MetricType = MetricType.Number, MetricWhat = "features",
                    Baseline = 0, Target = 10, Achievable = "Evenings", RelevanceReason = "Because it matters", Horizon = GoalHorizon.OneYear, TargetDate = Today.AddMonths(3),
                };
                db.Goals.Add(goal);
                created.Add(goal);
            }
            await db.SaveChangesAsync();
            db.ProgressReadings.AddRange(created.SelectMany(g => Enumerable.Range(1, 3).Select(r => new ProgressReading(g.Id, Today.AddDays(-30 * r), r, null, now))));
            for (var r = 0; r < reviews; r++)
            {
                var held = Today.AddDays(-7 * r);
                var review = new Review(planId, ReviewKind.Weekly, ReviewPeriods.Covering(ReviewKind.Weekly, held, DayOfWeek.Monday), now) { HeldOn = held, Satisfaction = 1 + (r % 10) };
                review.GoalNotes.AddRange(created.Take(5).Select(g => new ReviewGoalNote(g.Id) { Value = 2 }));
                db.Reviews.Add(review);
            }
            await db.SaveChangesAsync();
        });
        return planId;
    }
}
