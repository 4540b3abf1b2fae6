using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account;

/// <summary>Sessions held on the server (OWASP ASVS 5.0 level 2): they end at sign-out, when idle, at their lifetime,
/// and everywhere at once on request; changing how one signs in asks for the password again.</summary>
public class SessionLifetimeTests(RealSessionsCareerPlannerFactory factory) : IClassFixture<RealSessionsCareerPlannerFactory>
{
    /// <summary>Signs in with a fresh client and returns it with the auth cookie it was given, as a thief would copy it.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string email, bool remember = false)
    {
        var client = factory.CreateBrowserLikeClient();
        using var signedIn = await client.SubmitAsync("/Identity/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Accounts.Password, ["Input.RememberMe"] = remember ? "true" : "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Web.Infrastructure.WebSetup.AuthCookieName + "=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    private async Task<HttpStatusCode> DashboardWithCookieAsync(string cookie)
    {
        using var copy = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Dashboard");
        request.Headers.Add("Cookie", cookie);
        using var response = await copy.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> DashboardAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/Dashboard");
        return response.StatusCode;
    }

    [Fact]
    public async Task A_cookie_copied_before_signing_out_opens_nothing_afterwards()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var (client, cookie) = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, await DashboardWithCookieAsync(cookie));

        var dashboard = await client.GetPageAsync("/Dashboard");
        using (await client.SubmitAsync(dashboard, (AngleSharp.Html.Dom.IHtmlFormElement)dashboard.Document.QuerySelector("form[action*='Logout']")!)) { }

        Assert.Equal(HttpStatusCode.Redirect, await DashboardWithCookieAsync(cookie));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_the_person_at_once()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var (first, _) = await SignInAsync(email);
        var (second, secondCookie) = await SignInAsync(email, remember: true);
        var security = await first.GetPageAsync("/Identity/Account/Manage");
        Assert.Equal(3, security.Document.QuerySelectorAll("[data-testid=sessions] li").Length);
        Assert.Contains("This browser", security.Text("[data-testid=sessions] li"), StringComparison.Ordinal);

        using var everywhere = await first.SubmitAsync(security, security.Form("form[action*='handler=SignOutEverywhere']"));

        Assert.Equal("/Identity/Account/Login", everywhere.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, await DashboardAsync(first));
        Assert.Equal(HttpStatusCode.Redirect, await DashboardAsync(second));
        Assert.Equal(HttpStatusCode.Redirect, await DashboardWithCookieAsync(secondCookie));
        Assert.False(await factory.WithDbAsync(db => db.UserSessions.AnyAsync(s => db.Users.Any(u => u.Id == s.UserId && u.Email == email))));
    }

    [Fact]
    public async Task A_session_not_kept_signed_in_ends_after_thirty_idle_minutes_and_lasts_while_used()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var (used, _) = await SignInAsync(email);
        var (idle, _) = await SignInAsync(email);

        for (var step = 0; step < 4; step++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, await DashboardAsync(used));
        }

        Assert.Equal(HttpStatusCode.Redirect, await DashboardAsync(idle));
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Redirect, await DashboardAsync(used));
    }

    [Fact]
    public async Task A_session_kept_signed_in_ends_thirty_days_after_signing_in_however_often_it_is_used()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var (remembered, _) = await SignInAsync(email, remember: true);

        for (var day = 1; day < 30; day++)
        {
            factory.Clock.Advance(TimeSpan.FromDays(1));
            Assert.Equal(HttpStatusCode.OK, await DashboardAsync(remembered));
        }
        factory.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(HttpStatusCode.Redirect, await DashboardAsync(remembered));
    }

    [Theory]
    [InlineData("/Identity/Account/Manage/EnableAuthenticator", "")]
    [InlineData("/Identity/Account/Manage/Email", "?handler=ChangeEmail")]
    public async Task Changing_how_one_signs_in_asks_for_the_password_again_after_ten_minutes(string page, string handler)
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var (client, _) = await SignInAsync(email);
        using (var fresh = await client.GetAsync(page))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        using var asked = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.StartsWith("/Identity/Account/Reauthenticate", asked.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var postedAnyway = await client.PostAsync(page + handler, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = (await client.GetPageAsync(asked.Headers.Location.OriginalString)).InputValue("__RequestVerificationToken")!,
        }));
        Assert.StartsWith("/Identity/Account/Reauthenticate", postedAnyway.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var wrong = await client.SubmitAsync(asked.Headers.Location.OriginalString, new Dictionary<string, string> { ["Input.Password"] = "not-my-password" });
        Assert.Equal(["That is not your password. Check it and try again."], (await wrong.ParseAsync()).FieldErrors("Input.Password"));
        using var confirmed = await client.SubmitAsync(asked.Headers.Location.OriginalString, new Dictionary<string, string> { ["Input.Password"] = Accounts.Password });
        Assert.Equal(page, confirmed.Headers.Location!.OriginalString);
        using var back = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }
}
