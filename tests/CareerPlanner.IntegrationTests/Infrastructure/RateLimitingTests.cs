using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Infrastructure;

public class RateLimitingTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task The_21st_sign_in_post_from_one_ip_is_refused_with_a_friendly_429_while_another_ip_is_served()
    {
        var attacker = factory.CreateBrowserLikeClient("203.0.113.7");
        var signIn = await attacker.GetPageAsync("/Identity/Account/Login");
        var wrong = new Dictionary<string, string> { ["Input.Email"] = Accounts.NewEmail(), ["Input.Password"] = "guess" };
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            using var allowed = await attacker.SubmitAsync(signIn, signIn.Form(), wrong);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await attacker.SubmitAsync(signIn, signIn.Form(), wrong);
        using var otherIp = await factory.CreateBrowserLikeClient("203.0.113.8").SubmitAsync("/Identity/Account/Login", wrong);
        using var getStillServed = await attacker.GetAsync("/Identity/Account/Login");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        var page = await refused.ParseAsync();
        Assert.Equal("Too many attempts", page.Text("h1"));
        Assert.Matches("try again in [0-9]+ minute", page.Text("main"));
        Assert.Equal(HttpStatusCode.OK, otherIp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, getStillServed.StatusCode);
        Assert.Contains(factory.Logs.Events, e => e.Contains("Rate limit refused", StringComparison.Ordinal) && e.Contains("203.0.113.7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_flood_of_refused_requests_writes_one_line_per_client_and_minute()
    {
        var flood = factory.CreateBrowserLikeClient("203.0.113.30");
        var signIn = await flood.GetPageAsync("/Identity/Account/Login");
        var wrong = new Dictionary<string, string> { ["Input.Email"] = Accounts.NewEmail(), ["Input.Password"] = "guess" };
        for (var attempt = 1; attempt <= 60; attempt++)
        {
            using var _ = await flood.SubmitAsync(signIn, signIn.Form(), wrong);
        }
        int Lines() => factory.Logs.Events.Count(e => e.Contains("Rate limit refused", StringComparison.Ordinal) && e.Contains("203.0.113.30", StringComparison.Ordinal));
        Assert.Equal(1, Lines());

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var _ = await flood.SubmitAsync(signIn, signIn.Form(), wrong);
        }

        Assert.Equal(3, Lines());
        Assert.Contains(factory.Logs.Events, e => e.Contains("refused 40 requests from", StringComparison.Ordinal) && e.Contains("203.0.113.30", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Getting_the_sign_in_page_is_never_limited()
    {
        var client = factory.CreateBrowserLikeClient("203.0.113.9");

        for (var attempt = 1; attempt <= 30; attempt++)
        {
            using var response = await client.GetAsync("/Identity/Account/Login");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_request_with_no_known_ip_is_limited_in_its_own_partition_not_failed()
    {
        var client = factory.CreateClientWithoutRemoteIp();

        using var response = await client.SubmitAsync("/Identity/Account/Login",
            new Dictionary<string, string> { ["Input.Email"] = Accounts.NewEmail(), ["Input.Password"] = "guess" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
