using Microsoft.EntityFrameworkCore;
using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account;

public class RegisterTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private const string Url = "/Identity/Account/Register";

    [Fact]
    public async Task Registering_through_the_form_signs_the_user_in_and_lands_on_the_dashboard()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = Accounts.NewEmail();

        using var response = await client.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Dashboard", response.Headers.Location!.OriginalString);
        var dashboard = await client.GetPageAsync("/Dashboard");
        Assert.Equal(email, dashboard.Text("[data-testid=user-email]"));
    }

    [Fact]
    public async Task Passwords_that_do_not_match_redisplay_the_form_with_the_email_kept_and_the_error_beside_the_field()
    {
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Input.Email"] = "kept@example.com",
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = "something else entirely",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("kept@example.com", page.InputValue("Input.Email"));
        Assert.Contains("do not match", Assert.Single(page.FieldErrors("Input.ConfirmPassword")), StringComparison.Ordinal);
        var summaryLink = page.Document.QuerySelector("#error-summary a[href='#Input_ConfirmPassword']");
        Assert.NotNull(summaryLink);
    }

    [Fact]
    public async Task An_email_that_is_already_registered_is_refused_beside_the_email_field()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.ParseAsync()).FieldErrors("Input.Email"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = Accounts.NewEmail();
        await client.GetPageAsync(Url); // the antiforgery cookie is set, but the form field is left out

        using var response = await client.PostAsync(Url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }
}
