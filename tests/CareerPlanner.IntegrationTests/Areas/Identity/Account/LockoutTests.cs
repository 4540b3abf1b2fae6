using Microsoft.EntityFrameworkCore;
using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account;

public class LockoutTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_sixth_attempt_fails_even_with_the_right_password()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.SignInAsync(email, $"wrong-password-{attempt}");
            Assert.True(attempt == 5 ? wrong.StatusCode == HttpStatusCode.Redirect : wrong.StatusCode == HttpStatusCode.OK, $"attempt {attempt}: {wrong.StatusCode}");
        }

        using var right = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/Identity/Account/Lockout", right.Headers.Location!.OriginalString);
        var lockout = await client.GetPageAsync("/Identity/Account/Lockout");
        Assert.Contains("locked for 15 minutes", lockout.Text("h1"), StringComparison.Ordinal);
        using var dashboard = await client.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Contains(factory.Logs.Events, e => e.Contains("locked out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_lock_lasts_fifteen_minutes()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();
        // Identity times lockouts with the system clock, so the end is read back rather than waited for.
        var lockedAt = DateTimeOffset.UtcNow;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var _ = await client.SignInAsync(email, "wrong-password");
        }

        var lockoutEnd = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());

        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - lockedAt, TimeSpan.FromMinutes(14.9), TimeSpan.FromMinutes(15.5));
    }
}
