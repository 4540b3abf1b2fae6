using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Infrastructure;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account;

public class LoginTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private const string Url = "/Identity/Account/Login";

    [Fact]
    public async Task Signing_in_lands_on_the_dashboard()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Dashboard", response.Headers.Location!.OriginalString);
        Assert.Equal(email, (await client.GetPageAsync("/Dashboard")).Text("[data-testid=user-email]"));
    }

    [Fact]
    public async Task The_auth_cookie_is_host_prefixed_secure_http_only_and_same_site_lax()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.SignInAsync(email);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(WebSetup.AuthCookieName + "=", StringComparison.Ordinal));
        Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_password_redisplays_the_form_with_the_email_kept_and_a_plain_message()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.SignInAsync(email, "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal(email, page.InputValue("Input.Email"));
        Assert.Contains(page.SummaryErrors, e => e.Contains("do not match an account", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_remember_me_value_that_is_not_a_boolean_gives_a_message_not_a_500()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.RememberMe"] = "banana",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal(email, page.InputValue("Input.Email"));
        Assert.NotEmpty(page.FieldErrors("Input.RememberMe"));
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.SubmitAsync(Url + "?ReturnUrl=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Dashboard", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var dashboard = await client.GetPageAsync("/Dashboard");

        using var signOut = await client.SubmitAsync(dashboard, (AngleSharp.Html.Dom.IHtmlFormElement)dashboard.Document.QuerySelector("form[action*='Logout']")!);
        using var after = await client.GetAsync("/Dashboard");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/Identity/Account/Login", after.Headers.Location!.AbsolutePath);
    }
}
