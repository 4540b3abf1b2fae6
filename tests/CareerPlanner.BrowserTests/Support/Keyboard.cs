using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.Support;

public static class Keyboard
{
    /// <summary>Presses Tab until <paramref name="target"/> has focus, proving it is reachable from the keyboard in order.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target, int maxPresses = 80)
    {
        // The target is found once (finding it by role or label means reading the whole page); after each press
        // only the focused element is compared with it.
        await target.EvaluateAsync("element => { window.__tabTarget = element; }");
        for (var press = 0; press < maxPresses; press++)
        {
            if (await page.EvaluateAsync<bool>("() => document.activeElement === window.__tabTarget"))
            {
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"{target} was not reached with {maxPresses} presses of Tab");
    }

    /// <summary>Tabs to a control and activates it with Enter, as a keyboard-only user would.</summary>
    public static async Task TabToAndPressEnterAsync(this IPage page, ILocator target)
    {
        await page.TabToAsync(target);
        await page.Keyboard.PressAsync("Enter");
    }
}
