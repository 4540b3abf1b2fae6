using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages;

/// <summary>What a new user tripped over in the browser: pages wider than a phone, typed text lost on a hub, a form sent
/// twice, a discussed talking point that looked cancelled.</summary>
public class NothingLostTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task The_pages_with_tables_fit_a_375_px_phone_without_scrolling_sideways()
    {
        await using var session = await server.OpenAsync(width: 375);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            var planId = await session.CreatePlanAsync("Move into data platform engineering");
            await session.CreateGoalAsync(planId, "Pass the AWS Certified Data Engineer Associate exam");
            await session.GotoAsync("/SelfAssessment/Items/Create/Strength");
            await page.GetByLabel("Text").FillAsync("Explaining complex technical ideas to non-technical stakeholders");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
            await session.GotoAsync("/Feedback/Requests/Create");
            await page.GetByLabel("A short message to the people you ask").FillAsync("Honest views on my strengths, please.");
            await page.GetByLabel("Explaining complex technical ideas to non-technical stakeholders").SelectOptionAsync("3");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create the link" }).ClickAsync();
            var request = page.Url;
            var today = DateOnly.FromDateTime(server.Factory.Clock.GetUtcNow().UtcDateTime);

            // AssertAccessibleAsync fails on a page wider than the window.
            foreach (var path in new[] { request, $"/Plans/{planId}/Reviews/Quarterly/{today.Year}/{(today.Month + 2) / 3}", "/SelfAssessment", $"/Plans/{planId}" })
            {
                await session.GotoAsync(path);
                await session.AssertAccessibleAsync();
            }
        });
    }

    [Fact]
    public async Task Saving_one_form_of_the_planning_hub_keeps_what_was_typed_in_another()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            var planId = await session.CreatePlanAsync();
            await session.GotoAsync($"/Plans/{planId}/Wizard/planning");
            await page.GetByLabel("Vision statement").FillAsync("Lead a data platform team that others want to join.");
            await page.GetByLabel("What you will do instead").FillAsync("Stay in analytics and grow into a lead role.");

            await page.Locator("form[action*='/Vision']").GetByRole(AriaRole.Button).ClickAsync();

            await Expect(page.GetByTestId("status-message")).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Vision statement")).ToHaveValueAsync("Lead a data platform team that others want to join.");
            await Expect(page.GetByLabel("What you will do instead")).ToHaveValueAsync("Stay in analytics and grow into a lead role.");
            await Expect(page.GetByTestId("draft-restored")).ToContainTextAsync("It is not saved yet.");
            await session.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task A_form_sent_twice_adds_one_action_and_its_button_disables_itself()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            var planId = await session.CreatePlanAsync();
            await session.GotoAsync($"/Plans/{planId}/Actions/Create");
            await page.GetByLabel("Action", new() { Exact = true }).FillAsync("Book the exam");

            var disabled = await page.EvaluateAsync<bool>("""
                () => {
                    const form = document.querySelector("main form[method=post]");
                    window.addEventListener("submit", e => e.preventDefault()); // after the page's own listeners
                    form.requestSubmit();
                    return new Promise(resolve => setTimeout(() => resolve(form.querySelector("button[type=submit]").disabled), 50));
                }
                """);
            Assert.True(disabled);

            await session.GotoAsync($"/Plans/{planId}/Actions/Create");
            await page.GetByLabel("Action", new() { Exact = true }).FillAsync("Book the exam");
            await page.EvaluateAsync("() => { const form = document.querySelector('main form[method=post]'); form.requestSubmit(); form.requestSubmit(); }");
            await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Actions/Create"));
            await session.GotoAsync($"/Plans/{planId}/Actions");
            await Expect(page.GetByTestId("action-title").Filter(new() { HasText = "Book the exam" })).ToHaveCountAsync(1);
        });
    }

    [Fact]
    public async Task A_discussed_talking_point_says_so_in_words_and_is_not_struck_through()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            await session.GotoAsync("/OneOnOnes");
            await page.GetByLabel("With whom").FillAsync("Grace, my manager");
            await page.GetByRole(AriaRole.Button, new() { Name = "Prepare it" }).ClickAsync();
            await page.GetByLabel("Talking point", new() { Exact = true }).FillAsync("Ask about the data team opening");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the point" }).ClickAsync();
            await page.GetByTestId("talking-point").GetByRole(AriaRole.Button).ClickAsync();

            var point = page.GetByTestId("talking-point");
            await Expect(point.GetByTestId("point-discussed")).ToHaveTextAsync("Discussed");
            Assert.Equal("none", await point.GetByTestId("point-text").EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
            await session.AssertAccessibleAsync();
        });
    }
}
