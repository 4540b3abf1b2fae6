using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages;

/// <summary>The app as deployed (Production): no CDN fallbacks, no developer pages, CSP still clean.</summary>
public class ProductionTests(ProductionServer server) : IClassFixture<ProductionServer>
{
    [Fact]
    public async Task Landing_register_sign_in_and_dashboard_are_accessible_with_a_clean_console()
    {
        await using var session = await server.OpenAsync();
        await session.RunAsync(async () =>
        {
            foreach (var path in new[] { "/", "/Identity/Account/Register", "/Identity/Account/Login" })
            {
                await session.GotoAsync(path);
                await session.AssertAccessibleAsync();
            }
            await session.RegisterAsync();
            await session.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task An_unknown_address_shows_the_friendly_not_found_page()
    {
        await using var session = await server.OpenAsync(375, ColorScheme.Dark);
        session.AllowsErrorStatusForDocument = true;
        await session.RunAsync(async () =>
        {
            var response = await session.Page.GotoAsync("/no-such-page");
            Assert.Equal(404, response!.Status);
            await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();
        });
    }
}
