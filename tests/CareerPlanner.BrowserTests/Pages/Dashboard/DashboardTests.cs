using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Dashboard;

public class DashboardTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task The_dashboard_of_what_is_due_reads_well_on_a_desktop_and_a_phone()
    {
        await using var session = await server.OpenAsync(1280);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            await Expect(page.GetByTestId("dashboard-empty").GetByRole(AriaRole.Link, new() { Name = "Create your first career plan" })).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();

            var planId = await session.CreatePlanAsync();
            await session.CreateGoalAsync(planId);
            await session.GotoAsync($"/Plans/{planId}/Actions/Create");
            await page.GetByLabel("Action", new() { Exact = true }).FillAsync("Email the meetup organiser");
            await page.GetByLabel("Due date").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
            await session.GotoAsync("/Achievements/Create");
            await page.GetByLabel("What you achieved").FillAsync("Gave my first meetup talk");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();

            foreach (var width in new[] { 1280, 375 })
            {
                await page.SetViewportSizeAsync(width, 900);
                await session.GotoAsync("/Dashboard");
                await Expect(page.GetByTestId("plan-card")).ToHaveCountAsync(1);
                await Expect(page.GetByTestId("due-actions")).ToContainTextAsync("Email the meetup organiser");
                await Expect(page.GetByTestId("recent-win")).ToContainTextAsync("Gave my first meetup talk");
                await Expect(page.GetByTestId("next-review").Or(page.GetByTestId("due-reviews"))).ToBeVisibleAsync();
                Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The dashboard scrolls sideways at {width} px");
                await session.AssertAccessibleAsync();
            }
        });
    }
}
