using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Plans;

public class MilestoneJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task Two_milestones_are_planned_backwards_and_an_action_added_with_the_keyboard_only()
    {
        await using var session = await server.OpenAsync(1280);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            var planId = await session.CreatePlanAsync();
            await session.CreateGoalAsync(planId);

            // From here on, the keyboard only.
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Plan backwards" }));
            await Expect(page.GetByTestId("question")).ToContainTextAsync("just before “Pass the AWS data exam”");
            await session.AssertAccessibleAsync();
            foreach (var step in new[] { "Passed three practice exams", "Finished the video course" })
            {
                await page.TabToAsync(page.GetByRole(AriaRole.Textbox));
                await page.Keyboard.TypeAsync(step);
                await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add, then go one step further back" }));
                await Expect(page.GetByTestId("question")).ToContainTextAsync($"just before “{step}”");
            }
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "I have reached today" }));
            await Expect(page.GetByTestId("milestone-title")).ToHaveTextAsync(["Finished the video course", "Passed three practice exams"]);
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Suggest dates" }));
            await Expect(page.GetByTestId("status-message")).ToContainTextAsync("Dates suggested");
            await session.AssertAccessibleAsync();

            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add an action for Finished the video course" }));
            await page.TabToAsync(page.GetByLabel("Action", new() { Exact = true }));
            await page.Keyboard.TypeAsync("Watch module 1");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }));
            await Expect(page.GetByTestId("action-title")).ToHaveTextAsync("Watch module 1");
            await session.AssertAccessibleAsync();

            await session.GotoAsync($"/Plans/{planId}/Wizard/action");
            await Expect(page.GetByTestId("milestones-soon").Or(page.GetByText("Milestones in the next 30 days"))).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();
        });
    }
}
