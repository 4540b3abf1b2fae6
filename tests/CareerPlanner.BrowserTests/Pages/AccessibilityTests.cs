using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.Pages;

/// <summary>axe finds no WCAG 2.2 AA violation and the console stays clean on every page so far,
/// in the light and the dark theme, on a desktop and on a phone.</summary>
public class AccessibilityTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    public static TheoryData<string, ColorScheme, int> Pages()
    {
        var data = new TheoryData<string, ColorScheme, int>();
        foreach (var path in new[] { "/", "/Identity/Account/Register", "/Identity/Account/Login", "/Dashboard" })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                foreach (var width in new[] { 1280, 375 })
                {
                    data.Add(path, scheme, width);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violation_and_no_console_error(string path, ColorScheme scheme, int width)
    {
        await using var session = await server.OpenAsync(width, scheme);
        await session.RunAsync(async () =>
        {
            if (path == "/Dashboard")
            {
                await session.RegisterAsync();
            }
            await session.GotoAsync(path);
            Assert.Equal(scheme == ColorScheme.Dark ? "dark" : "light", await session.Page.Locator("html").GetAttributeAsync("data-bs-theme"));
            await session.AssertAccessibleAsync();
        });
    }
}
