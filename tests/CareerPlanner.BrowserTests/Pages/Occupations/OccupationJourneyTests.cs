using CareerPlanner.BrowserTests.Support;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Pages.Occupations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Occupations;

public class OccupationJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task The_interest_test_leads_to_a_suggested_occupation_researched_into_a_plan_and_its_gap_with_the_keyboard_only()
    {
        await server.Factory.WithDbAsync(db => OccupationImport.ReplaceAsync(
            db, OnetRelease.Read(OnetFixture.Write(CareerPlannerFactory.TestFolder)), DateTime.UtcNow));
        await using var session = await server.OpenAsync(1280);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            var planId = await session.CreatePlanAsync("Into data");
            await session.GotoAsync("/Profile/InterestTest");

            // From here on, the keyboard only: strongest in investigative and organising work.
            foreach (var question in InterestTest.Questions)
            {
                var answer = question.Area is InterestArea.Investigative or InterestArea.Organising ? 5 : 1;
                await page.TabToAsync(page.Locator($"#Input_Answers_{question.Number}_"));
                await page.Keyboard.PressAsync("Space");
                for (var step = 1; step < answer; step++)
                {
                    await page.Keyboard.PressAsync("ArrowRight");
                }
            }
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "See my interest profile" }));
            await Expect(page.GetByTestId("occupation-suggestions").Locator("li a").First).ToHaveTextAsync("Database Architects");
            await session.AssertAccessibleAsync();

            await page.TabToAndPressEnterAsync(page.GetByTestId("occupation-suggestions").GetByRole(AriaRole.Link, new() { Name = "Database Architects" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Database Architects");
            await Expect(page.GetByTestId("interest-fit")).ToContainTextAsync("like you");
            await session.AssertAccessibleAsync();
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Research this occupation" }));
            await Expect(page.GetByTestId("status-message")).ToContainTextAsync("is now a career option in “Into data”");

            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Skill gap" }));
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Plans/{planId}/Gap/[0-9]+$"));
            await Expect(page.GetByTestId("gap-table")).ToContainTextAsync("Programming");
            await Expect(page.GetByTestId("gap-status").First).ToHaveTextAsync("Missing");
            await session.AssertAccessibleAsync();

            await session.GotoAsync("/Occupations?q=data");
            await Expect(page.GetByTestId("occupation-hits")).ToContainTextAsync("Database Architects");
            await session.AssertAccessibleAsync();
        });
    }
}
