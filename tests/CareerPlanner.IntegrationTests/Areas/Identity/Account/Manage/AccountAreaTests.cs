using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account.Manage;

/// <summary>The account area's pages, each through its own form: Security, e-mail change, two-factor pages, Your data.</summary>
public class AccountAreaTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private async Task TurnOnTwoFactorAsync(HttpClient client)
    {
        var setup = await client.GetPageAsync("/Identity/Account/Manage/EnableAuthenticator");
        var totp = new Totp(Base32Encoding.ToBytes(setup.Text("[data-testid=shared-key]").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()));
        using var enabled = await client.SubmitAsync(setup, setup.Form(), new Dictionary<string, string> { ["Input.Code"] = totp.ComputeTotp() });
        // The first time, the recovery codes are shown; later, the codes kept still work.
        Assert.Contains(enabled.Headers.Location!.OriginalString, new[] { "/Identity/Account/Manage/ShowRecoveryCodes", "/Identity/Account/Manage/TwoFactorAuthentication" });
    }

    [Fact]
    public async Task The_three_parts_share_one_heading_and_tabs_that_mark_the_current_one()
    {
        var (client, email) = await factory.RegisterNewUserAsync();

        foreach (var (path, part) in new[] { ("/Profile", "Profile"), ("/Identity/Account/Manage", "Security"), ("/Identity/Account/Manage/PersonalData", "Your data"), ("/Identity/Account/Manage/ChangePassword", "Security") })
        {
            var page = await client.GetPageAsync(path);
            Assert.Equal("Your account", page.Text("h1"));
            Assert.Equal(part, page.Text("nav[aria-label='Your account'] [aria-current=page]"));
        }
        Assert.Equal(email, (await client.GetPageAsync("/Identity/Account/Manage")).Text("[data-testid=account-email]"));
    }

    [Fact]
    public async Task The_email_address_changes_by_the_link_sent_to_the_new_one_and_signing_in_uses_it()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var newEmail = Accounts.NewEmail();

        using var asked = await client.SubmitAsync("/Identity/Account/Manage/Email", new Dictionary<string, string> { ["Input.NewEmail"] = newEmail }, "form[action*='handler=ChangeEmail']");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains($"We sent a confirmation link to {newEmail}", (await client.GetPageAsync("/Identity/Account/Manage/Email")).Text("[data-testid=status-message]"), StringComparison.Ordinal);
        Assert.Equal(email, await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Email).SingleAsync()));

        var link = factory.MessagesTo(newEmail).Single(m => m.Subject == "Confirm your new CareerPlanner address").FirstLink();
        using var confirmed = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        Assert.True(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == newEmail && u.UserName == newEmail)));
        using var withNew = await factory.CreateBrowserLikeClient().SignInAsync(newEmail);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        using var withOld = await factory.CreateBrowserLikeClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
    }

    [Fact]
    public async Task A_new_email_address_that_is_taken_or_invalid_or_the_same_is_answered_without_a_change()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var (_, other) = await factory.RegisterNewUserAsync();

        using var taken = await client.SubmitAsync("/Identity/Account/Manage/Email", new Dictionary<string, string> { ["Input.NewEmail"] = other }, "form[action*='handler=ChangeEmail']");
        using var same = await client.SubmitAsync("/Identity/Account/Manage/Email", new Dictionary<string, string> { ["Input.NewEmail"] = email }, "form[action*='handler=ChangeEmail']");
        using var invalid = await client.SubmitAsync("/Identity/Account/Manage/Email", new Dictionary<string, string> { ["Input.NewEmail"] = "not an address" }, "form[action*='handler=ChangeEmail']");

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Contains(factory.MessagesTo(other), m => m.Subject == "Someone asked to use your address on CareerPlanner");
        Assert.Equal(["That is the address you sign in with already."], (await same.ParseAsync()).FieldErrors("Input.NewEmail"));
        Assert.Equal(["Enter an email address like name@example.com."], (await invalid.ParseAsync()).FieldErrors("Input.NewEmail"));
        Assert.NotEmpty((await invalid.ParseAsync()).SummaryErrors);
    }

    [Fact]
    public async Task The_two_factor_pages_turn_it_off_renew_codes_and_replace_the_key_and_say_so_when_it_is_off()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        using (var off = await client.GetAsync("/Identity/Account/Manage/Disable2fa"))
        {
            Assert.Equal("/Identity/Account/Manage/TwoFactorAuthentication", off.Headers.Location!.OriginalString);
        }
        using (var noCodes = await client.GetAsync("/Identity/Account/Manage/GenerateRecoveryCodes"))
        {
            Assert.Equal("/Identity/Account/Manage/TwoFactorAuthentication", noCodes.Headers.Location!.OriginalString);
        }
        using (var twoFactor = await client.GetAsync("/Identity/Account/Manage/TwoFactorAuthentication"))
        {
            Assert.Equal("/Identity/Account/Manage#two-factor", twoFactor.Headers.Location!.OriginalString);
        }
        Assert.Contains("Recovery codes come with two-factor sign-in", (await client.GetPageAsync("/Identity/Account/Manage")).Text("[data-testid=status-message]"), StringComparison.Ordinal);
        using (var showWithout = await client.GetAsync("/Identity/Account/Manage/ShowRecoveryCodes"))
        {
            Assert.Equal(HttpStatusCode.Redirect, showWithout.StatusCode);
        }

        await TurnOnTwoFactorAsync(client);
        Assert.StartsWith("On:", (await client.GetPageAsync("/Identity/Account/Manage")).Text("[data-testid=two-factor-state]"), StringComparison.Ordinal);

        using var renewed = await client.SubmitAsync("/Identity/Account/Manage/GenerateRecoveryCodes");
        Assert.Equal("/Identity/Account/Manage/ShowRecoveryCodes", renewed.Headers.Location!.OriginalString);
        Assert.Equal(10, (await client.GetPageAsync("/Identity/Account/Manage/ShowRecoveryCodes")).Document.QuerySelectorAll("code.recovery-code").Length);

        var keyBefore = await KeyAsync(email);
        using var reset = await client.SubmitAsync("/Identity/Account/Manage/ResetAuthenticator");
        Assert.Equal("/Identity/Account/Manage/EnableAuthenticator", reset.Headers.Location!.OriginalString);
        Assert.NotEqual(keyBefore, await KeyAsync(email));
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        using (var stillIn = await client.GetAsync("/Dashboard"))
        {
            Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        }

        await TurnOnTwoFactorAsync(client);
        using var disabled = await client.SubmitAsync("/Identity/Account/Manage/Disable2fa");
        Assert.Equal("/Identity/Account/Manage/TwoFactorAuthentication", disabled.Headers.Location!.OriginalString);
        Assert.StartsWith("Off:", (await client.GetPageAsync("/Identity/Account/Manage")).Text("[data-testid=two-factor-state]"), StringComparison.Ordinal);
    }

    private async Task<string?> KeyAsync(string email)
    {
        string? key = null;
        await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Web.Domain.AppUser>>();
            key = await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!);
        });
        return key;
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_browser_and_ends_the_others_at_once()
    {
        var (first, email) = await factory.RegisterNewUserAsync();
        var second = factory.CreateBrowserLikeClient();
        using (await second.SignInAsync(email)) { }

        using var wrong = await first.SubmitAsync("/Identity/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = "not-my-password", ["Input.NewPassword"] = "Copper-Lantern-Meadow-77", ["Input.ConfirmPassword"] = "Copper-Lantern-Meadow-77",
        });
        Assert.Equal(["That is not your current password."], (await wrong.ParseAsync()).FieldErrors("Input.OldPassword"));
        using var changed = await first.SubmitAsync("/Identity/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = Accounts.Password, ["Input.NewPassword"] = "Copper-Lantern-Meadow-77", ["Input.ConfirmPassword"] = "Copper-Lantern-Meadow-77",
        });

        Assert.Equal("/Identity/Account/Manage", changed.Headers.Location!.OriginalString);
        using var secondAfter = await second.GetAsync("/Dashboard");
        using var firstAfter = await first.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, secondAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, firstAfter.StatusCode);
    }
}
