using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account;

public class SessionTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Changing_the_password_signs_out_the_other_sessions_and_sends_a_notice()
    {
        var (first, email) = await factory.RegisterNewUserAsync();
        var second = factory.CreateBrowserLikeClient();
        using (await second.SignInAsync(email)) { }
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/Dashboard")).StatusCode);

        using var changed = await first.SubmitAsync("/Identity/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = Accounts.Password,
            ["Input.NewPassword"] = "Copper-Lantern-Meadow-77",
            ["Input.ConfirmPassword"] = "Copper-Lantern-Meadow-77",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        factory.Clock.Advance(TimeSpan.FromSeconds(61)); // the sessions' security stamp is checked every minute

        using var secondAfter = await second.GetAsync("/Dashboard");
        using var firstAfter = await first.GetAsync("/Dashboard");

        Assert.Equal(HttpStatusCode.Redirect, secondAfter.StatusCode);
        Assert.Equal("/Identity/Account/Login", secondAfter.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, firstAfter.StatusCode);
        Assert.Contains(factory.MessagesTo(email), m => m.Subject == "Your CareerPlanner password was changed");
    }

    [Fact]
    public async Task A_security_stamp_changed_elsewhere_signs_the_session_out_when_the_minute_since_its_cookie_was_issued_is_up_and_not_before()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Dashboard")).StatusCode); // checked, and the cookie issued anew
        await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Web.Domain.AppUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(email))!);
        });

        factory.Clock.Advance(TimeSpan.FromSeconds(50));
        using var within = await client.GetAsync("/Dashboard");
        factory.Clock.Advance(TimeSpan.FromSeconds(11));
        using var after = await client.GetAsync("/Dashboard");

        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/Identity/Account/Login", after.Headers.Location!.AbsolutePath);
    }
}
