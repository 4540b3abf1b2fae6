using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Plans;

public class ReviewJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task A_quarterly_review_is_completed_with_the_keyboard_only_and_the_quarter_page_draws_its_charts_with_tables()
    {
        await using var session = await server.OpenAsync(1280);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            var planId = await session.CreatePlanAsync();
            await session.CreateGoalAsync(planId);
            await session.GotoAsync($"/Plans/{planId}/Reviews");
            await Expect(page.GetByTestId("reviews-empty")).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();

            // From here on, the keyboard only.
            async Task Type(ILocator field, string text)
            {
                await page.TabToAsync(field);
                await page.Keyboard.TypeAsync(text);
            }
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Start a quarterly review" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Quarterly review", Level = 1 })).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();
            await Type(page.GetByLabel("Job satisfaction (1–10)"), "8");
            await Type(page.GetByLabel("Current value of “Pass the AWS data exam”"), "1");
            await page.TabToAsync(page.GetByLabel("On track", new() { Exact = true }));
            await page.Keyboard.PressAsync("Space");
            await page.TabToAndPressEnterAsync(page.Locator("summary", new() { HasText = "Adjust this goal" }));
            await Type(page.GetByLabel("New target date for “Pass the AWS data exam”"),
                DateTime.UtcNow.AddMonths(8).ToString("MMddyyyy", System.Globalization.CultureInfo.InvariantCulture));
            await Type(page.GetByLabel("Why adjust “Pass the AWS data exam” (needed to drop it)"), "The exam date moved");
            await Type(page.GetByLabel("What went well"), "Passed two practice exams");
            await page.TabToAsync(page.GetByLabel("Yes", new() { Exact = true }));
            await page.Keyboard.PressAsync("Space");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the quarterly review" }));

            await Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Quarterly review saved.");
            await Expect(page.GetByTestId("satisfaction")).ToHaveTextAsync("8 of 10");
            await Expect(page.GetByTestId("adjustments")).ToContainTextAsync("The exam date moved");
            await session.AssertAccessibleAsync();

            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "The quarter at a glance" }));
            await Expect(page.GetByTestId("quarter-review")).ToContainTextAsync("job satisfaction 8 of 10");
            // One quarter with data is one point per chart: said in words in the caption, not drawn; the tables stay.
            await Expect(page.GetByTestId("progress-chart").Locator("svg")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("satisfaction-chart").Locator("svg")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("progress-chart").Locator("figcaption")).ToContainTextAsync("Pass the AWS data exam");
            await Expect(page.GetByTestId("satisfaction-chart").Locator("figcaption")).ToContainTextAsync("8");
            await page.TabToAndPressEnterAsync(page.Locator("summary", new() { HasText = "Show the data: goal progress over time" }));
            await Expect(page.GetByTestId("progress-chart-table")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("progress-chart-table").Locator("tbody th")).ToHaveTextAsync("Pass the AWS data exam");
            await session.AssertAccessibleAsync();

            await session.GotoAsync($"/Plans/{planId}/Reviews");
            await Expect(page.GetByTestId("review-title")).ToHaveCountAsync(1);
            await session.AssertAccessibleAsync();
        });
    }
}
