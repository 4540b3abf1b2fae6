using CareerPlanner.BrowserTests.Support;
using CareerPlanner.Web.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Plans;

public class CompareJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task Options_are_compared_and_one_chosen_with_the_keyboard_only_and_read_as_cards_on_a_phone()
    {
        await using var session = await server.OpenAsync(1280);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            var planId = int.Parse(await session.CreatePlanAsync("Two paths"), System.Globalization.CultureInfo.InvariantCulture);
            await server.Factory.WithDbAsync(async db =>
            {
                foreach (var (title, fit, status) in new[] { ("Alpha analyst", 4, CareerOptionStatus.Shortlisted), ("Beta builder", 3, CareerOptionStatus.Shortlisted) })
                {
                    var option = new CareerOption(planId, DateTime.UtcNow);
                    option.Update(title, null, "Good pay", "Long hours", fit, status, null, []);
                    db.CareerOptions.Add(option);
                }
                await db.SaveChangesAsync();
            });
            await session.GotoAsync($"/Plans/{planId}/Wizard/research");

            // From here on, the keyboard only.
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Compare options side by side" }));
            await Expect(page.GetByTestId("compare-table").Locator("thead th")).ToHaveTextAsync(["Alpha analyst", "Beta builder"]);
            await session.AssertAccessibleAsync();
            await page.TabToAndPressEnterAsync(page.GetByTestId("compare-table").GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Choose this path.*Beta builder$") }));
            await Expect(page.GetByTestId("status-message")).ToContainTextAsync("\"Beta builder\" is now your chosen target");
            await Expect(page.GetByTestId("compare-table")).ToContainTextAsync("Your chosen path");

            await page.SetViewportSizeAsync(375, 800);
            await page.ReloadAsync();
            await Expect(page.GetByTestId("compare-cards").Locator("section")).ToHaveCountAsync(2);
            await Expect(page.GetByTestId("compare-table")).ToBeHiddenAsync();
            await session.AssertAccessibleAsync();

            await page.SetViewportSizeAsync(1280, 800);
            await session.CreatePlanAsync("Second path");
            await session.GotoAsync("/Plans/Compare");
            await Expect(page.GetByTestId("plans-compare-table").Locator("thead th")).ToHaveCountAsync(2);
            await session.AssertAccessibleAsync();
        });
    }
}
