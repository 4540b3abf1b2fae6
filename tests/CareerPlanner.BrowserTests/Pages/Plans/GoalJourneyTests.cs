using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Plans;

public class GoalJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task A_goal_is_created_and_two_readings_recorded_with_the_keyboard_only()
    {
        await using var session = await server.OpenAsync(1280);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            await session.GotoAsync("/Plans/Create");
            await page.GetByLabel("Title").FillAsync("Data engineering");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create and start" }).ClickAsync();
            await page.Locator("nav").GetByRole(AriaRole.Button, new() { Name = "Planning" }).ClickAsync();

            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add a goal" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add a SMART goal" })).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();
            async Task Type(string label, string text)
            {
                await page.TabToAsync(page.GetByLabel(label, new() { Exact = true }));
                await page.Keyboard.TypeAsync(text);
            }
            await Type("Goal", "Pass the AWS data exam");
            await Type("Exactly what you will achieve", "Hold the certificate");
            await Type("What is counted", "practice exams passed");
            await Type("Where you start (baseline)", "0");
            await Type("Target", "4");
            await Type("What makes it achievable", "Five hours a week and a paid exam");
            await Type("Why it matters to you", "It opens the data engineering roles I am aiming for");
            var due = DateTime.UtcNow.AddMonths(6);
            await Type("Target date", due.ToString("MMddyyyy", System.Globalization.CultureInfo.InvariantCulture));
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the goal" }));

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pass the AWS data exam", Level = 1 })).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();
            foreach (var value in new[] { "1", "2" })
            {
                await page.TabToAsync(page.GetByLabel("Current value"));
                await page.Keyboard.TypeAsync(value);
                await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the reading" }));
                await Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Reading recorded.");
            }
            await Expect(page.GetByTestId("readings").Locator("li")).ToHaveCountAsync(2);
            await Expect(page.GetByTestId("goal-progress")).ToHaveTextAsync("50%");
            await session.AssertAccessibleAsync();
        });
    }
}
