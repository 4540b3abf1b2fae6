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

    /// <summary>Creates a plan through the real form (the wizard opens) and returns its id.</summary>
    public static async Task<string> CreatePlanAsync(this BrowserSession session, string title = "Data engineering")
    {
        await session.GotoAsync("/Plans/Create");
        await session.Page.GetByLabel("Title").FillAsync(title);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Create and start" }).ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Plans/[0-9]+/Wizard/"));
        return session.Page.Url.Split('/')[4];
    }

    /// <summary>Adds a SMART goal (0 to 1 exam, due in six months) through the real form and waits for its page.</summary>
    public static async Task CreateGoalAsync(this BrowserSession session, string planId, string title = "Pass the AWS data exam")
    {
        var page = session.Page;
        await session.GotoAsync($"/Plans/{planId}/Goals/Create");
        await page.GetByLabel("Goal", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Exactly what you will achieve").FillAsync("Certified");
        await page.GetByLabel("What is counted").FillAsync("exams");
        await page.GetByLabel("Where you start (baseline)").FillAsync("0");
        await page.GetByLabel("Target", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel("What makes it achievable").FillAsync("Evenings");
        await page.GetByLabel("Why it matters to you").FillAsync("It opens the roles I am aiming for now");
        await page.GetByLabel("Target date").FillAsync(DateTime.UtcNow.AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the goal" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }
}
