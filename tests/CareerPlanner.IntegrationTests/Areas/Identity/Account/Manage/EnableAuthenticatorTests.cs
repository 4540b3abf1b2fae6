using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account.Manage;

/// <summary>A fresh app per test: Identity checks codes against the real clock, and the app's clock starts at it.</summary>
public sealed class EnableAuthenticatorTests : IDisposable
{
    private readonly CareerPlannerFactory factory = new();

    [Fact]
    public async Task The_key_is_shown_as_text_and_as_a_locally_drawn_qr_code()
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        var page = await client.GetPageAsync("/Identity/Account/Manage/EnableAuthenticator");

        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", page.Text("[data-testid=shared-key]"));
        var qr = page.Document.QuerySelector("main img[alt*='QR code']")!.GetAttribute("src")!;
        Assert.StartsWith("data:image/png;base64,", qr, StringComparison.Ordinal);
        Assert.True(Convert.FromBase64String(qr["data:image/png;base64,".Length..]).Length > 100);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_beside_the_field_and_two_factor_stays_off()
    {
        var (client, email) = await factory.RegisterNewUserAsync();

        using var response = await client.SubmitAsync("/Identity/Account/Manage/EnableAuthenticator",
            new Dictionary<string, string> { ["Input.Code"] = "000000" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.ParseAsync()).FieldErrors("Input.Code"));
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).TwoFactorEnabled)));
    }

    [Fact]
    public async Task After_enabling_two_factor_sign_in_asks_for_a_code_and_a_recovery_code_works_once()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var setup = await client.GetPageAsync("/Identity/Account/Manage/EnableAuthenticator");
        var key = setup.Text("[data-testid=shared-key]").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        using var enabled = await client.SubmitAsync(setup, setup.Form(), new Dictionary<string, string> { ["Input.Code"] = totp.ComputeTotp() });
        Assert.Equal("/Identity/Account/Manage/ShowRecoveryCodes", enabled.Headers.Location!.OriginalString);
        var codesPage = await client.GetPageAsync("/Identity/Account/Manage/ShowRecoveryCodes");
        var recoveryCodes = codesPage.Document.QuerySelectorAll("code.recovery-code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, recoveryCodes.Count);

        // Signing in now takes a second step.
        var withCode = factory.CreateBrowserLikeClient();
        using var firstStep = await withCode.SignInAsync(email);
        Assert.StartsWith("/Identity/Account/LoginWith2fa", firstStep.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var secondStep = await withCode.SubmitAsync(firstStep.Headers.Location.OriginalString,
            new Dictionary<string, string> { ["Input.Code"] = totp.ComputeTotp() });
        Assert.Equal("/Dashboard", secondStep.Headers.Location!.OriginalString);

        // A recovery code stands in for the app, once.
        Assert.Equal("/Dashboard", (await SignInWithRecoveryCode(email, recoveryCodes[0])).Headers.Location?.OriginalString);
        var reused = await SignInWithRecoveryCode(email, recoveryCodes[0]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.NotEmpty((await reused.ParseAsync()).FieldErrors("Input.RecoveryCode"));
    }

    [Fact]
    public async Task Setting_up_takes_as_long_as_the_person_needs_and_keeps_them_signed_in()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var setup = await client.GetPageAsync("/Identity/Account/Manage/EnableAuthenticator");
        var totp = new Totp(Base32Encoding.ToBytes(setup.Text("[data-testid=shared-key]").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()));

        // Past the minute after which the sign-in is checked against the account's security stamp.
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        using var enabled = await client.SubmitAsync(setup, setup.Form(), new Dictionary<string, string> { ["Input.Code"] = totp.ComputeTotp() });

        Assert.Equal("/Identity/Account/Manage/ShowRecoveryCodes", enabled.Headers.Location?.OriginalString);
        Assert.True(await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).TwoFactorEnabled)));
        using var dashboard = await client.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_code_is_refused_beside_the_field_on_set_up_and_at_sign_in(string code)
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        using var setUp = await client.SubmitAsync("/Identity/Account/Manage/EnableAuthenticator", new Dictionary<string, string> { ["Input.Code"] = code });
        Assert.Equal(HttpStatusCode.OK, setUp.StatusCode);
        Assert.Equal(["Enter the 6-digit code your authenticator app shows now."], (await setUp.ParseAsync()).FieldErrors("Input.Code"));

        await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CareerPlanner.Web.Domain.AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        });
        var second = factory.CreateBrowserLikeClient();
        using var firstStep = await second.SignInAsync(email);
        using var signIn = await second.SubmitAsync(firstStep.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Input.Code"] = code });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(["Enter the 6-digit code your authenticator app shows now."], (await signIn.ParseAsync()).FieldErrors("Input.Code"));
    }

    [Theory]
    [InlineData("/Identity/Account/LoginWith2fa")]
    [InlineData("/Identity/Account/LoginWithRecoveryCode")]
    public async Task The_second_step_without_a_first_goes_back_to_sign_in_instead_of_failing(string path)
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Identity/Account/Login", response.Headers.Location!.OriginalString);
    }

    private async Task<HttpResponseMessage> SignInWithRecoveryCode(string email, string code)
    {
        var client = factory.CreateBrowserLikeClient();
        using var firstStep = await client.SignInAsync(email);
        return await client.SubmitAsync("/Identity/Account/LoginWithRecoveryCode",
            new Dictionary<string, string> { ["Input.RecoveryCode"] = code });
    }

    public void Dispose() => factory.Dispose();
}
