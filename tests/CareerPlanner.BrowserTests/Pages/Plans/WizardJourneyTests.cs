using System.Text.RegularExpressions;
using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Plans;

public partial class WizardJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    private static readonly string[] Stages = ["Self-assessment", "Research", "Planning", "Action", "Evaluation"];

    [Fact]
    public async Task A_plan_is_created_and_walked_through_all_five_stages_with_the_keyboard_only_and_each_stage_reads_well_on_a_phone()
    {
        await using var session = await server.OpenAsync(1280);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            await session.GotoAsync("/Plans");
            await session.AssertAccessibleAsync();

            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Create your first plan" }));
            await Expect(page).ToHaveURLAsync(PlansCreate());
            await session.AssertAccessibleAsync();
            await page.TabToAsync(page.GetByLabel("Title"));
            await page.Keyboard.TypeAsync("Become a data engineer");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Create and start" }));

            for (var n = 0; n < Stages.Length; n++)
            {
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Stages[n], Level = 1 })).ToBeVisibleAsync();
                await Expect(page.GetByTestId("step-of")).ToHaveTextAsync($"Step {n + 1} of 5");
                await Expect(page.Locator("nav [aria-current=step]")).ToContainTextAsync(Stages[n]);
                await session.AssertAccessibleAsync();

                if (Stages[n] == "Planning")
                {
                    await page.TabToAsync(page.GetByLabel("Vision statement"));
                    await page.Keyboard.TypeAsync("Build data platforms that teams trust.");
                    await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the vision" }));
                    await Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Vision saved.");
                    await Expect(page.GetByLabel("Vision statement")).ToHaveValueAsync("Build data platforms that teams trust.");
                    await Expect(page.Locator("[data-testid=checklist] li[data-met=true]")).ToHaveCountAsync(1);
                    await session.AssertAccessibleAsync();
                }

                if (n < Stages.Length - 1)
                {
                    await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = $"Continue to {Stages[n + 1]}" }));
                }
            }

            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "See the whole plan" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Become a data engineer", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("vision")).ToHaveTextAsync("Build data platforms that teams trust.");
            await session.AssertAccessibleAsync();

            // The same pages on a 375 px phone (axe and no sideways scrolling, in AssertAccessibleAsync): a second walk
            // at that width cost the suite half a minute for the same checks.
            var overview = new Uri(page.Url).AbsolutePath;
            await page.SetViewportSizeAsync(375, 800);
            string[] slugs = ["self-assessment", "research", "planning", "action", "evaluation"];
            for (var n = 0; n < slugs.Length; n++)
            {
                await session.GotoAsync($"{overview}/Wizard/{slugs[n]}");
                await Expect(page.GetByTestId("step-of")).ToHaveTextAsync($"Step {n + 1} of 5");
                await session.AssertAccessibleAsync();
            }
            await session.GotoAsync(overview);
            await Expect(page.GetByTestId("vision")).ToHaveTextAsync("Build data platforms that teams trust.");
            await session.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task The_step_indicator_jumps_ahead_and_the_wizard_resumes_where_the_person_left()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            await session.GotoAsync("/Plans/Create");
            await page.GetByLabel("Title").FillAsync("Lead a product team");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create and start" }).ClickAsync();

            await page.Locator("nav").GetByRole(AriaRole.Button, new() { Name = "Action" }).ClickAsync();
            await Expect(page.GetByTestId("step-of")).ToHaveTextAsync("Step 4 of 5");

            await session.GotoAsync("/Plans");
            await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Action", Level = 1 })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task The_profile_takes_the_browsers_time_zone_after_the_first_sign_in()
    {
        await using var session = await server.OpenAsync(timeZoneId: "Pacific/Auckland");
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            var detected = page.WaitForResponseAsync(r => r.Url.Contains("handler=DetectTimeZone", StringComparison.Ordinal));
            await session.RegisterAsync();
            Assert.Equal(204, (await detected).Status);

            await session.GotoAsync("/Profile");
            await Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("Pacific/Auckland");
            await session.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task The_overview_prints_without_navigation_or_buttons_and_each_part_on_its_own_page()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            await session.GotoAsync("/Plans/Create");
            await page.GetByLabel("Title").FillAsync("Printable plan");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create and start" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Printable plan" }).ClickAsync();

            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            await Expect(page.Locator("header nav")).ToBeHiddenAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Archive" })).ToBeHiddenAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Continue the wizard" })).ToBeHiddenAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Marketing strategy" })).ToBeVisibleAsync();
            var breaks = await page.Locator("section.plan-part").EvaluateAllAsync<string[]>("parts => parts.map(p => getComputedStyle(p).breakBefore)");
            Assert.Equal(["auto", "page", "page", "page", "page"], breaks); // assets, career goals, strategy, marketing strategy, evaluation
        });
    }

    [GeneratedRegex("/Plans/Create$")]
    private static partial Regex PlansCreate();
}
