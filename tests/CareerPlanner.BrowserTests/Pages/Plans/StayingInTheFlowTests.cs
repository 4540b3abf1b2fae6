using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Plans;

/// <summary>Saving from a hub returns to the same section of the hub, and a shared page opened from a plan keeps the way back to it.</summary>
public class StayingInTheFlowTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task An_action_added_from_the_action_hub_lands_back_at_the_actions_section_with_focus_on_its_heading()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            var planId = await session.CreatePlanAsync("Data engineering");
            await session.GotoAsync($"/Plans/{planId}/Wizard/action");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add an action" }));
            await page.TabToAsync(page.GetByLabel("Action", new() { Exact = true }));
            await page.Keyboard.TypeAsync("Email the meetup organiser");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }));

            await Expect(page).ToHaveURLAsync(new Uri(session.BaseAddress, $"/Plans/{planId}/Wizard/action#actions-title").ToString());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Actions", Exact = true })).ToBeFocusedAsync();
            await Expect(page.GetByTestId("status-message")).ToContainTextAsync("Email the meetup organiser");
            await session.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task The_interest_test_opened_from_the_research_hub_offers_the_way_back_after_saving()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            var planId = await session.CreatePlanAsync("Data engineering");
            await session.GotoAsync($"/Plans/{planId}/Wizard/research");
            await page.GetByRole(AriaRole.Link, new() { Name = "Take the interest self-test" }).ClickAsync();
            var back = page.GetByTestId("back-to-plan");
            await Expect(back).ToHaveTextAsync("← Back to Data engineering — Research");
            await session.AssertAccessibleAsync();

            for (var question = 1; question <= 30; question++)
            {
                await page.Locator($"#Input_Answers_{question}_").CheckAsync();
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "See my interest profile" }).ClickAsync();
            await Expect(page.GetByTestId("interest-ranking").Locator("li")).ToHaveCountAsync(6);
            await Expect(back).ToHaveTextAsync("← Back to Data engineering — Research");

            await back.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Uri(session.BaseAddress, $"/Plans/{planId}/Wizard/research#options-title").ToString());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Career options" })).ToBeFocusedAsync();
        });
    }
}
