using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Infrastructure;

public class RequestLoggingTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task A_request_is_logged_with_its_path_but_without_its_query_string()
    {
        var client = factory.CreateBrowserLikeClient();
        var secret = $"code-{Guid.NewGuid():N}";

        using var response = await client.GetAsync($"/Identity/Account/ResetPassword?code={secret}");

        var logs = factory.Logs.All;
        Assert.Contains("/Identity/Account/ResetPassword", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Feedback/")]
    [InlineData("/Invitations/")]
    public async Task A_private_link_is_logged_with_its_token_replaced(string prefix)
    {
        var client = factory.CreateBrowserLikeClient();
        var token = $"token{Guid.NewGuid():N}";

        using var response = await client.GetAsync(prefix + token);

        var logs = factory.Logs.All;
        Assert.Contains(prefix + "***", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_logs_neither_the_password_nor_the_cookie()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.SignInAsync(email);

        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("__Host-CareerPlanner=", StringComparison.Ordinal));
        var cookieValue = cookie.Split(';')[0]["__Host-CareerPlanner=".Length..];
        var logs = factory.Logs.All;
        Assert.Contains("signed in", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Accounts.Password, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(cookieValue[..40], logs, StringComparison.Ordinal);
    }
}
