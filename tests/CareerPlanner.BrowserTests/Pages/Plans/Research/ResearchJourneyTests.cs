using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Plans.Research;

public class ResearchJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task An_option_with_two_skills_is_added_and_its_gap_view_opened_and_each_page_reads_well_on_a_phone()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            await session.GotoAsync("/SelfAssessment/Skills/Create");
            await page.GetByLabel("Skill", new() { Exact = true }).FillAsync("SQL");
            await page.GetByLabel("Your rating").SelectOptionAsync("2");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the skill" }).ClickAsync();

            await session.GotoAsync("/Plans/Create");
            await page.GetByLabel("Title").FillAsync("Analytics");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create and start" }).ClickAsync();
            await page.Locator("nav").GetByRole(AriaRole.Button, new() { Name = "Research" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Research", Level = 1 })).ToBeVisibleAsync();
            await session.AssertAccessibleOnDesktopAndPhoneAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Add a career option" }).ClickAsync();
            await page.GetByLabel("Career option").FillAsync("Analytics engineer");
            await page.GetByLabel("How well it fits").SelectOptionAsync("4");
            await page.GetByLabel("Status").SelectOptionAsync("Shortlisted");
            await session.AssertAccessibleOnDesktopAndPhoneAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the option" }).ClickAsync();

            foreach (var (skill, level) in new[] { ("SQL", "4"), ("dbt", "3") })
            {
                await page.GetByLabel("Skill it demands").FillAsync(skill);
                await page.GetByLabel("Level required").SelectOptionAsync(level);
                await page.GetByRole(AriaRole.Button, new() { Name = "Add the skill" }).ClickAsync();
                await Expect(page.GetByTestId("demand-name").Filter(new() { HasText = skill })).ToBeVisibleAsync();
            }
            await session.AssertAccessibleOnDesktopAndPhoneAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Skill gap" }).ClickAsync();
            var rows = page.GetByTestId("gap-table").Locator("tbody tr");
            await Expect(rows).ToHaveCountAsync(2);
            await Expect(rows.Nth(0)).ToContainTextAsync("dbt");
            await Expect(rows.Nth(0)).ToContainTextAsync("Missing");
            await Expect(rows.Nth(1)).ToContainTextAsync("SQL");
            await Expect(rows.Nth(1)).ToContainTextAsync("Below the level");
            await session.AssertAccessibleOnDesktopAndPhoneAsync();
        });
    }
}
