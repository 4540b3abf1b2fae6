using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.Pages;

/// <summary>axe finds no WCAG 2.2 AA violation and the console stays clean on every page so far,
/// in the light and the dark theme (one visit checks both), on a desktop and on a phone.</summary>
public class AccessibilityTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "/", "/Identity/Account/Register", "/Identity/Account/Login", "/Dashboard" })
        {
            foreach (var width in new[] { 1280, 375 })
            {
                data.Add(path, width);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violation_and_no_console_error(string path, int width)
    {
        await using var session = await server.OpenAsync(width, ColorScheme.Dark);
        await session.RunAsync(async () =>
        {
            if (path == "/Dashboard")
            {
                await session.RegisterAsync();
            }
            await session.GotoAsync(path);
            // The page follows the system's dark setting on arrival; the axe check then covers it in light too.
            Assert.Equal("dark", await session.Page.Locator("html").GetAttributeAsync("data-bs-theme"));
            await session.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task The_check_finds_an_image_without_a_text_alternative_and_text_unreadable_in_the_dark_theme_only()
    {
        await using var session = await server.OpenAsync(1280, ColorScheme.Light);
        await session.GotoAsync("/");
        // Near-black text reads well on the light background and not at all on the dark one.
        await session.Page.EvaluateAsync("() => { const p = document.createElement('p'); p.textContent = 'Dark on dark'; p.style.color = '#222'; document.querySelector('main').append(p); }");
        var dark = await Assert.ThrowsAnyAsync<Exception>(session.AssertAccessibleAsync);
        Assert.Contains("color-contrast", dark.Message, StringComparison.Ordinal);
        Assert.Contains("in the dark theme", dark.Message, StringComparison.Ordinal);

        await session.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light }); // the failed check left it dark
        await session.GotoAsync("/");
        await session.Page.EvaluateAsync("() => { const img = document.createElement('img'); img.src = '/favicon.svg'; document.querySelector('main').append(img); }");
        var light = await Assert.ThrowsAnyAsync<Exception>(session.AssertAccessibleAsync);
        Assert.Contains("image-alt", light.Message, StringComparison.Ordinal);
        Assert.Contains("in the light theme", light.Message, StringComparison.Ordinal);
    }
}
