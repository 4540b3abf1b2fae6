using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Areas.Identity;

/// <summary>The account pages (password, two-factor, personal data) render in the app's own layout,
/// with no accessibility violation and a clean console.</summary>
public class ManageAccountTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    private static readonly string[] Pages =
    [
        "/Identity/Account/Manage",
        "/Identity/Account/Manage/ChangePassword",
        "/Identity/Account/Manage/TwoFactorAuthentication",
        "/Identity/Account/Manage/EnableAuthenticator",
        "/Identity/Account/Manage/PersonalData",
        "/Identity/Account/Manage/DeletePersonalData",
    ];

    [Theory]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    public async Task Every_account_page_is_in_the_app_layout_accessible_and_free_of_console_errors(int width, ColorScheme scheme)
    {
        await using var session = await server.OpenAsync(width, scheme);
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            foreach (var path in Pages)
            {
                await session.GotoAsync(path);
                await Expect(session.Page.Locator("a.navbar-brand")).ToHaveTextAsync("CareerPlanner");
                await Expect(session.Page.Locator("#theme-toggle")).ToHaveCountAsync(1);
                await session.AssertAccessibleAsync();
            }
        });
    }

    [Fact]
    public async Task The_authenticator_qr_code_is_shown_without_breaking_the_content_security_policy()
    {
        await using var session = await server.OpenAsync();
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            await session.GotoAsync("/Identity/Account/Manage/EnableAuthenticator");
            var qr = session.Page.GetByAltText("QR code that adds CareerPlanner to your authenticator app");
            await Expect(qr).ToBeVisibleAsync();
            Assert.True(await qr.EvaluateAsync<int>("img => img.naturalWidth") > 0);
        });
    }

    [Fact]
    public async Task The_account_area_is_walked_with_the_keyboard_only_and_changes_the_password_and_each_page_reads_well_on_a_phone()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            await session.GotoAsync("/Profile");
            var tabs = page.GetByRole(AriaRole.Navigation, new() { Name = "Your account" });
            await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = "Profile" })).ToHaveAttributeAsync("aria-current", "page");
            await session.AssertAccessibleOnDesktopAndPhoneAsync();

            await page.TabToAndPressEnterAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Security" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Where you are signed in" })).ToBeVisibleAsync();
            await session.AssertAccessibleOnDesktopAndPhoneAsync();

            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Change your password" }));
            await page.TabToAsync(page.GetByLabel("Current password"));
            await page.Keyboard.TypeAsync("not-my-password");
            await page.TabToAsync(page.GetByLabel("New password", new() { Exact = true }));
            await page.Keyboard.TypeAsync("Copper-Lantern-Meadow-77");
            await page.TabToAsync(page.GetByLabel("New password again"));
            await page.Keyboard.TypeAsync("Copper-Lantern-Meadow-77");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Change the password" }));
            // A wrong current password: the summary takes focus and links to the field.
            await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
            await Expect(page.Locator("#error-summary a")).ToHaveTextAsync("That is not your current password.");
            await session.AssertAccessibleOnDesktopAndPhoneAsync();
            await page.TabToAndPressEnterAsync(page.Locator("#error-summary a"));
            await Expect(page.GetByLabel("Current password")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync(TestSupport.Accounts.Password);
            await page.TabToAsync(page.GetByLabel("New password", new() { Exact = true }));
            await page.Keyboard.TypeAsync("Copper-Lantern-Meadow-77");
            await page.TabToAsync(page.GetByLabel("New password again"));
            await page.Keyboard.TypeAsync("Copper-Lantern-Meadow-77");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Change the password" }));
            await Expect(page.GetByTestId("status-message")).ToContainTextAsync("Your password was changed");

            await page.TabToAndPressEnterAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Your data" }));
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Download your data" })).ToBeVisibleAsync();
            await session.AssertAccessibleOnDesktopAndPhoneAsync();
        });
    }
}
