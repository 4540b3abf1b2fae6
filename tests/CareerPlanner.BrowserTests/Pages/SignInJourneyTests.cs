using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages;

public class SignInJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task A_visitor_registers_signs_out_signs_in_again_and_switches_to_the_dark_theme()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            var email = await session.RegisterAsync();
            await Expect(page.GetByTestId("user-email")).ToHaveTextAsync(email);

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();
            await page.GotoAsync("/Dashboard");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Identity/Account/Login"));

            await session.SignInAsync(email);
            await Expect(page.GetByTestId("user-email")).ToHaveTextAsync(email);

            // Each button names the theme it switches to; the theme in use is the pressed one.
            var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Dark theme" });
            var light = page.GetByRole(AriaRole.Button, new() { Name = "Light theme" });
            await Expect(page.Locator("html")).ToHaveAttributeAsync("data-bs-theme", "light");
            await Expect(light).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
            await toggle.ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("data-bs-theme", "dark");
            await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(light).ToHaveAttributeAsync("aria-pressed", "false");
            await session.AssertAccessibleAsync();

            await page.ReloadAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("data-bs-theme", "dark");
        });
    }

    [Fact]
    public async Task A_form_sent_back_with_errors_puts_focus_on_a_summary_that_links_to_the_field()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.GotoAsync("/Identity/Account/Register");
            await page.GetByLabel("Email").FillAsync("someone@example.com");
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Violet-Harbour-Kettle-42");
            await page.GetByLabel("Confirm password").FillAsync("a different one");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

            var summary = page.Locator("#error-summary");
            await Expect(summary).ToBeFocusedAsync();
            await Expect(page.GetByLabel("Email")).ToHaveValueAsync("someone@example.com");
            await summary.GetByRole(AriaRole.Link).First.ClickAsync();
            await Expect(page.GetByLabel("Confirm password")).ToBeFocusedAsync();
            await session.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_for_the_keyboard_and_moves_focus_to_the_content()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.GotoAsync("/");
            await page.Keyboard.PressAsync("Tab");
            var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
            await Expect(skip).ToBeFocusedAsync();
            await Expect(skip).ToBeInViewportAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("main")).ToBeFocusedAsync();
        });
    }
}
