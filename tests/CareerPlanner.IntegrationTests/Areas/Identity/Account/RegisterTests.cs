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
        var page = await response.ParseAsync();
        Assert.Single(page.FieldErrors("Input.Email"));
        Assert.Single(page.SummaryErrors);
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

/// <summary>A hosted instance with e-mail confirmation on: register says the same for a new and a taken address.</summary>
public class ConfirmedEmailRegisterTests(ConfirmedEmailRegisterTests.Factory factory) : IClassFixture<ConfirmedEmailRegisterTests.Factory>
{
    public sealed class Factory : CareerPlannerFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Identity:RequireConfirmedEmail", "true");
        }
    }

    private async Task<HttpResponseMessage> RegisterAsync(string email) =>
        await factory.CreateBrowserLikeClient().SubmitAsync("/Identity/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Accounts.Password, ["Input.ConfirmPassword"] = Accounts.Password,
        });

    [Fact]
    public async Task A_taken_address_gets_the_same_answer_as_a_new_one_and_its_owner_an_email()
    {
        var taken = Accounts.NewEmail();
        using (await RegisterAsync(taken)) { }
        var fresh = Accounts.NewEmail();

        using var forNew = await RegisterAsync(fresh);
        using var forTaken = await RegisterAsync(taken);

        Assert.Equal(forNew.StatusCode, forTaken.StatusCode);
        static string WithoutAddress(HttpResponseMessage r) => System.Text.RegularExpressions.Regex.Replace(r.Headers.Location!.OriginalString, "email=[^&]*", "email=");
        Assert.Equal(WithoutAddress(forNew), WithoutAddress(forTaken));
        Assert.Contains(factory.MessagesTo(taken), m => m.Subject == "Someone tried to create a CareerPlanner account with your address");
        Assert.Contains(factory.MessagesTo(fresh), m => m.Subject == "Confirm your CareerPlanner account");
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == taken)));
    }

    [Fact]
    public async Task The_confirmation_page_and_link_confirm_a_new_account_which_can_then_sign_in()
    {
        var email = Accounts.NewEmail();
        var client = factory.CreateBrowserLikeClient();
        using var registered = await client.SubmitAsync("/Identity/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Accounts.Password, ["Input.ConfirmPassword"] = Accounts.Password,
        });
        using (var waiting = await client.GetAsync(registered.Headers.Location!.OriginalString))
        {
            Assert.Equal(HttpStatusCode.OK, waiting.StatusCode);
        }
        using (var unconfirmed = await factory.CreateBrowserLikeClient().SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        }

        var link = factory.MessagesTo(email).Single(m => m.Subject == "Confirm your CareerPlanner account").FirstLink();
        using var confirmed = await client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));
        using var signedIn = await factory.CreateBrowserLikeClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }
}
