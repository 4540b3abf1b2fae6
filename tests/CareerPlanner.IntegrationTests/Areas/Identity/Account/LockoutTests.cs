using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account;

/// <summary>
/// Wrong passwords pause sign-in for one address from one source; sign-in reveals nothing about which addresses have
/// accounts, and nobody who only knows an address can keep its owner out.
/// </summary>
public class LockoutTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private static async Task<string> SummaryAfterAsync(HttpResponseMessage response) => string.Join(" ", (await response.ParseAsync()).SummaryErrors);

    [Fact]
    public async Task An_unknown_address_and_a_wrong_password_get_the_same_answer_before_and_after_five_failures()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var unknown = Accounts.NewEmail();
        var attacker = factory.CreateBrowserLikeClient("198.51.100.70");

        var answers = new List<(HttpStatusCode, string, HttpStatusCode, string)>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            using var known = await attacker.SignInAsync(email, $"wrong-password-{attempt}");
            using var none = await attacker.SignInAsync(unknown, $"wrong-password-{attempt}");
            answers.Add((known.StatusCode, await SummaryAfterAsync(known), none.StatusCode, await SummaryAfterAsync(none)));
        }

        Assert.All(answers, a => Assert.Equal((a.Item1, a.Item2), (a.Item3, a.Item4)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Item1));
        Assert.StartsWith("That email and password do not match", answers[0].Item2, StringComparison.Ordinal);
        Assert.StartsWith("Too many attempts", answers[4].Item2, StringComparison.Ordinal);
        Assert.StartsWith("Too many attempts", answers[5].Item2, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd != null).SingleAsync()));
    }

    [Fact]
    public async Task Five_wrong_passwords_from_one_source_do_not_keep_the_owner_out_from_another_and_the_owner_is_told()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var attacker = factory.CreateBrowserLikeClient("198.51.100.71");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var _ = await attacker.SignInAsync(email, "wrong-password");
        }

        using var attackerWithRightPassword = await attacker.SignInAsync(email);
        using var owner = await factory.CreateBrowserLikeClient("198.51.100.72").SignInAsync(email);

        Assert.Equal(HttpStatusCode.OK, attackerWithRightPassword.StatusCode);
        Assert.StartsWith("Too many attempts", await SummaryAfterAsync(attackerWithRightPassword), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Equal("/Dashboard", owner.Headers.Location!.OriginalString);
        Assert.Single(factory.MessagesTo(email), m => m.Subject == "Repeated wrong passwords on your CareerPlanner account");
        Assert.DoesNotContain(factory.Logs.All.Split('\n'), line => line.Contains("Lockout", StringComparison.Ordinal) && line.Contains(email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pause_lasts_fifteen_minutes_then_doubles_if_the_guessing_goes_on()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient("198.51.100.73");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var _ = await client.SignInAsync(email, "wrong-password");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        using var stillPaused = await client.SignInAsync(email);
        Assert.Contains("Wait 1 minute", await SummaryAfterAsync(stillPaused), StringComparison.Ordinal);
        factory.Clock.Advance(TimeSpan.FromMinutes(1.5));
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var _ = await client.SignInAsync(email, "wrong-password");
        }
        using var second = await client.SignInAsync(email);
        Assert.Contains("Wait 30 minutes", await SummaryAfterAsync(second), StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        using var signedIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }
}
