using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account;

public class ForgotPasswordTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private const string NewPassword = "Copper-Lantern-Meadow-77";

    [Fact]
    public async Task The_emailed_link_sets_a_new_password_and_neither_the_code_nor_the_password_reaches_the_logs()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();

        using var asked = await client.SubmitAsync("/Identity/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal("/Identity/Account/ForgotPasswordConfirmation", asked.Headers.Location!.OriginalString);
        var link = Assert.Single(factory.MessagesTo(email)).FirstLink();
        var code = System.Web.HttpUtility.ParseQueryString(link.Query)["code"];
        Assert.False(string.IsNullOrEmpty(code));

        using var reset = await client.SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

        Assert.Equal("/Identity/Account/ResetPasswordConfirmation", reset.Headers.Location!.OriginalString);
        using var withNew = await factory.CreateBrowserLikeClient().SignInAsync(email, NewPassword);
        Assert.Equal("/Dashboard", withNew.Headers.Location!.OriginalString);
        using var withOld = await factory.CreateBrowserLikeClient().SignInAsync(email, Accounts.Password);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);

        var logs = factory.Logs.All;
        Assert.Contains("written to", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(code, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.UnescapeDataString(code), logs, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Accounts.Password, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_email_is_written()
    {
        var email = Accounts.NewEmail();
        var client = factory.CreateBrowserLikeClient();

        using var asked = await client.SubmitAsync("/Identity/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal("/Identity/Account/ForgotPasswordConfirmation", asked.Headers.Location!.OriginalString);
        Assert.Empty(factory.MessagesTo(email));
    }

    [Fact]
    public async Task A_damaged_reset_link_says_so_instead_of_failing()
    {
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/Identity/Account/ResetPassword?code=%25%25not-base64%25%25");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("incomplete or damaged", (await response.ParseAsync()).Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_code_that_was_already_used_is_refused_with_a_plain_message()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();
        using (await client.SubmitAsync("/Identity/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email })) { }
        var link = Assert.Single(factory.MessagesTo(email)).FirstLink();
        var values = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        };
        using (await client.SubmitAsync(link.PathAndQuery, values)) { }

        using var again = await client.SubmitAsync(link.PathAndQuery, values);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains((await again.ParseAsync()).SummaryErrors, e => e.Contains("expired or was already used", StringComparison.Ordinal));
    }
}
