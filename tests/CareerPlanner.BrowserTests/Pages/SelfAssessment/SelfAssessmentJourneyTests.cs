using CareerPlanner.BrowserTests.Support;
using CareerPlanner.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.SelfAssessment;

public class SelfAssessmentJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task The_interest_test_is_completed_a_skill_added_and_a_suggested_occupation_researched_with_the_keyboard_only()
    {
        await OnetFixture.ImportAsync(server.Factory);
        await using var session = await server.OpenAsync(1280);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            await session.GotoAsync("/Plans/Create");
            await page.GetByLabel("Title").FillAsync("Keyboard plan");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create and start" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Self-assessment", Level = 1 })).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();

            // A skill, from the hub, with the keyboard only.
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add a skill" }));
            await page.TabToAsync(page.GetByLabel("Skill", new() { Exact = true }));
            await page.Keyboard.TypeAsync("Data modelling");
            await page.TabToAsync(page.GetByLabel("Your rating"));
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the skill" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Self-assessment", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("skill-name")).ToHaveTextAsync("Data modelling");
            await Expect(page.GetByTestId("skill-rating")).ToHaveTextAsync("4 – Proficient");
            await session.AssertAccessibleAsync();

            // The interest test, every answer chosen with the keyboard.
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Take the interest self-test" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Interest self-test", Level = 1 })).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();
            for (var question = 1; question <= 30; question++)
            {
                // Tab lands on a radio group; the arrow keys choose within it (and select as they move).
                await page.TabToAsync(page.Locator($"#Input_Answers_{question}_"));
                var presses = question % 5 == 2 ? 4 : question % 3;
                for (var press = 0; press < presses; press++)
                {
                    await page.Keyboard.PressAsync("ArrowRight");
                }
                await page.Keyboard.PressAsync("Space");
            }
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "See my interest profile" }));

            await Expect(page.GetByTestId("interest-ranking").Locator("li")).ToHaveCountAsync(6);
            await Expect(page.GetByTestId("interest-ranking").Locator("li").First).ToContainTextAsync("Investigative");
            await Expect(page.GetByTestId("occupation-suggestions").Locator("li")).ToHaveCountAsync(4);
            await session.AssertAccessibleAsync();

            // The best-fitting occupation, researched into the plan, and the gap it leaves.
            var suggestion = page.GetByTestId("occupation-suggestions").GetByRole(AriaRole.Link).First;
            var occupation = await suggestion.TextContentAsync();
            await page.TabToAndPressEnterAsync(suggestion);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(occupation!);
            await session.AssertAccessibleAsync();
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Research this occupation" }));
            await Expect(page.GetByTestId("status-message")).ToContainTextAsync($"“{occupation}” is now a career option in “Keyboard plan”");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Skill gap" }));
            await Expect(page.GetByTestId("gap-table").Locator("tbody tr").First).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();

            await session.GotoAsync("/Occupations?q=data");
            await Expect(page.GetByTestId("occupation-hits")).ToContainTextAsync("Database Architects");
            await session.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task A_half_answered_test_moves_focus_to_the_summary_whose_links_reach_the_missing_question()
    {
        await using var session = await server.OpenAsync(375, ColorScheme.Dark);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            await session.GotoAsync("/Profile/InterestTest");
            await page.Locator("#Input_Answers_1_").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "See my interest profile" }).ClickAsync();

            await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
            await Expect(page.Locator("#Input_Answers_1_")).ToBeCheckedAsync();
            await page.Locator("#error-summary").GetByRole(AriaRole.Link).First.ClickAsync();
            await Expect(page.Locator("#Input_Answers_2_")).ToBeFocusedAsync();
            await session.AssertAccessibleAsync();
        });
    }
}
