using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Dashboard;

public class IndexTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_brought_back_afterwards()
    {
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/Dashboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Identity/Account/Login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2FDashboard", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_user_sees_their_own_email_and_what_to_expect_here()
    {
        var (client, email) = await factory.RegisterNewUserAsync();

        var page = await client.GetPageAsync("/Dashboard");

        Assert.Equal(email, page.Text("[data-testid=user-email]"));
        Assert.Contains("Nothing is due yet", page.Text("main"), StringComparison.Ordinal);
    }
}
