using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages;

public class NavigationTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Theory]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    public async Task The_menus_open_from_the_keyboard_and_reach_every_part(int width, ColorScheme scheme)
    {
        await using var session = await server.OpenAsync(width, scheme);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            if (width < 1200)
            {
                await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" }));
            }
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "People" }));
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "1:1 notebook" })).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Network" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your network", Level = 1 })).ToBeVisibleAsync();
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The page scrolls sideways at {width} px");
        });
    }
}
