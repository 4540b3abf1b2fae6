using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Plans.Reviews;

/// <summary>
/// A plan lived through two quarters on a fake clock (its own host, as the clock only moves forward): the quarterly
/// page shows each quarter's numbers, and a review's adjustment lands in the goal's history.
/// </summary>
public class QuarterlyTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task A_quarter_of_goals_actions_and_reviews_shows_on_its_page_and_the_next_quarters_review_adjusts_a_goal()
    {
        var year = factory.Clock.GetUtcNow().Year + 1;
        factory.Clock.SetUtcNow(new DateTimeOffset(year, 8, 10, 12, 0, 0, TimeSpan.Zero)); // Q3
        var (client, email) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var exam = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string>
        {
            ["Input.Title"] = "Pass four AWS practice exams", ["Input.Target"] = "4", ["Input.TargetDate"] = $"{year}-12-15",
        });
        var talk = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string>
        {
            ["Input.Title"] = "Give two meetup talks", ["Input.Target"] = "2", ["Input.TargetDate"] = $"{year}-09-30",
        });
        await AddReadingAsync(client, planId, exam, $"{year}-07-15", "1");
        foreach (var (title, due, status) in new[] { ("Book the exam", $"{year}-08-12", "Done"), ("Email the organiser", $"{year}-08-20", "ToDo"), ("Renew the course", $"{year}-06-20", "ToDo") })
        {
            using var created = await client.SubmitAsync($"/Plans/{planId}/Actions/Create", new Dictionary<string, string>
            {
                ["Input.Title"] = title, ["Input.DueDate"] = due, ["Input.Status"] = status,
            });
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var checkInForm = await client.GetPageAsync($"/Plans/{planId}/Reviews/New/weekly");
        var examInCheckIn = RowOf(checkInForm, exam);
        Assert.Equal("1", checkInForm.InputValue($"Input.Goals[{examInCheckIn}].Value")); // pre-filled from the latest reading
        using (var checkIn = await client.SubmitAsync(checkInForm, checkInForm.Form(), new Dictionary<string, string>
        {
            ["Input.Satisfaction"] = "6", [$"Input.Goals[{examInCheckIn}].Value"] = "2", ["Input.NextSteps"] = "Book a talk slot",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, checkIn.StatusCode);
        }
        Assert.Equal([1.0, 2.0], await factory.WithDbAsync(db => db.ProgressReadings.Where(r => r.GoalId == exam).OrderBy(r => r.Date).Select(r => r.Value).ToListAsync()));
        Assert.Empty(await factory.WithDbAsync(db => db.ProgressReadings.Where(r => r.GoalId == talk).ToListAsync())); // unchanged, so no reading

        factory.Clock.SetUtcNow(new DateTimeOffset(year, 10, 5, 12, 0, 0, TimeSpan.Zero)); // Q4; the cookie has expired meanwhile
        client = factory.CreateBrowserLikeClient();
        using (await client.SignInAsync(email)) { }
        var reviewForm = await client.GetPageAsync($"/Plans/{planId}/Reviews/New/quarterly");
        Assert.Equal($"{year}-10-01", reviewForm.Document.QuerySelector("select[name='Input.PeriodStart'] option:checked")!.GetAttribute("value"));
        var examRow = RowOf(reviewForm, exam);
        using (var review = await client.SubmitAsync(reviewForm, reviewForm.Form(), new Dictionary<string, string>
        {
            ["Input.Satisfaction"] = "8",
            [$"Input.Goals[{examRow}].Value"] = "3",
            [$"Input.Goals[{examRow}].Judgement"] = "AtRisk",
            [$"Input.Goals[{examRow}].NewTargetDate"] = $"{year}-11-30",
            [$"Input.Goals[{examRow}].AdjustmentReason"] = "The exam date moved",
            [$"Input.Goals[{1 - examRow}].Judgement"] = "OffTrack",
            ["Input.CareerFit"] = "Unsure",
            ["Input.CareerFitWhy"] = "I miss building things",
        }))
        {
            Assert.True(review.StatusCode == HttpStatusCode.Redirect, await review.Content.ReadAsStringAsync());
        }

        var q4 = await client.GetPageAsync($"/Plans/{planId}/Reviews/Quarterly/{year}/4");
        var q4Exam = q4.Document.QuerySelector($"[data-testid=quarter-goal][data-goal-id='{exam}']")!;
        Assert.StartsWith("50%", q4Exam.QuerySelector("[data-testid=progress-start]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("75%", q4Exam.QuerySelector("[data-testid=progress-end]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Due 30 Nov", q4Exam.QuerySelector("[data-testid=due]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Completed: 0 actions", q4.Text("[data-testid=actions-completed]"));
        Assert.Equal("Carried over from before the quarter: 2 actions", q4.Text("[data-testid=actions-carried]"));
        Assert.Contains("job satisfaction 8 of 10", q4.Text("[data-testid=quarter-review]"), StringComparison.Ordinal);
        Assert.Equal(["—", "—", "6", "8"], SatisfactionRow(q4));

        var history = await client.GetPageAsync($"/Plans/{planId}/Goals/{exam}");
        Assert.Contains($"Quarterly review of Q4 {year}: The exam date moved", history.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(year, 11, 30), await factory.WithDbAsync(db => db.Goals.Where(g => g.Id == exam).Select(g => g.TargetDate).SingleAsync()));

        var q3 = await client.GetPageAsync($"/Plans/{planId}/Reviews/Quarterly/{year}/3");
        var q3Exam = q3.Document.QuerySelector($"[data-testid=quarter-goal][data-goal-id='{exam}']")!;
        Assert.StartsWith("0%", q3Exam.QuerySelector("[data-testid=progress-start]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("50%", q3Exam.QuerySelector("[data-testid=progress-end]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Not met", q3.Document.QuerySelector($"[data-testid=quarter-goal][data-goal-id='{talk}'] [data-testid=due]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Completed: 1 action", q3.Text("[data-testid=actions-completed]"));
        Assert.Equal("Overdue: 1 action", q3.Text("[data-testid=actions-overdue]"));
        Assert.Equal("Carried over from before the quarter: 1 action", q3.Text("[data-testid=actions-carried]"));
        Assert.NotNull(q3.Document.QuerySelector("[data-testid=quarter-review-missing]"));
        Assert.Equal(["—", "—", "6"], SatisfactionRow(q3)[1..]);

        var q1 = await client.GetPageAsync($"/Plans/{planId}/Reviews/Quarterly/{year + 1}/1");
        Assert.Contains("still in place", q1.Text("[data-testid=previous-adjustments]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_numbers_the_page_goes_to_the_current_quarter_in_the_persons_time_zone_and_a_fifth_quarter_is_a_404()
    {
        factory.Clock.SetUtcNow(new DateTimeOffset(factory.Clock.GetUtcNow().Year + 3, 3, 31, 23, 30, 0, TimeSpan.Zero));
        var year = factory.Clock.GetUtcNow().Year;
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        using (var profile = await client.SubmitAsync("/Profile", new Dictionary<string, string> { ["Input.TimeZoneId"] = "Pacific/Auckland" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
        }

        using var current = await client.GetAsync($"/Plans/{planId}/Reviews/Quarterly");
        using var fifth = await client.GetAsync($"/Plans/{planId}/Reviews/Quarterly/{year}/5");
        using var zeroth = await client.GetAsync($"/Plans/{planId}/Reviews/Quarterly/{year}/0");
        using var farAway = await client.GetAsync($"/Plans/{planId}/Reviews/Quarterly/99999/1");

        Assert.Equal($"/Plans/{planId}/Reviews/Quarterly/{year}/2", current.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, zeroth.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, farAway.StatusCode);
    }

    private static int RowOf(HtmlPage form, int goalId) =>
        form.Document.QuerySelectorAll("input[name$='.GoalId']").Select((input, index) => (input, index))
            .Single(x => x.input.GetAttribute("value") == goalId.ToString(System.Globalization.CultureInfo.InvariantCulture)).index;

    private static List<string> SatisfactionRow(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=satisfaction-chart-table] tbody tr td").Select(td => td.TextContent.Trim())];

    private static async Task AddReadingAsync(HttpClient client, int planId, int goalId, string date, string value)
    {
        using var response = await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Date"] = date, ["Input.Value"] = value });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
