using CareerPlanner.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Support;

public static class UserJourneys
{
    /// <summary>Registers a fresh user through the real form and waits for the dashboard.</summary>
    public static async Task<string> RegisterAsync(this BrowserSession session)
    {
        var email = Accounts.NewEmail();
        await session.GotoAsync("/Identity/Account/Register");
        await session.Page.GetByLabel("Email").FillAsync(email);
        await session.Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Accounts.Password);
        await session.Page.GetByLabel("Confirm password").FillAsync(Accounts.Password);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Uri(session.BaseAddress, "/Dashboard").ToString());
        return email;
    }

    public static async Task SignInAsync(this BrowserSession session, string email)
    {
        await session.GotoAsync("/Identity/Account/Login");
        await session.Page.GetByLabel("Email").FillAsync(email);
        await session.Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Accounts.Password);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Uri(session.BaseAddress, "/Dashboard").ToString());
    }
}
