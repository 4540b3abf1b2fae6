using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages;

public class ErrorTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/no/such/page.js")]
    [InlineData("/Dashboard/not-a-page")]
    public async Task An_unknown_path_is_a_friendly_404_for_an_anonymous_visitor_not_a_sign_in_redirect(string path)
    {
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ParseAsync()).Text("h1"));
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_for_a_signed_in_user_too()
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ParseAsync()).Text("h1"));
    }

    [Fact]
    public async Task A_post_to_an_unknown_path_is_a_404_not_a_500()
    {
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.PostAsync("/no-such-page", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/Identity/Account/ForgotPassword")]
    [InlineData("/Identity/Account/Lockout")]
    [InlineData("/Identity/Account/AccessDenied")]
    [InlineData("/Identity/Account/ResendEmailConfirmation")]
    [InlineData("/health")]
    public async Task Public_pages_answer_an_anonymous_visitor_without_a_redirect(string path)
    {
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public class ProductionErrorTests(ProductionCareerPlannerFactory factory) : IClassFixture<ProductionCareerPlannerFactory>
{
    [Fact]
    public async Task A_failure_shows_the_friendly_error_page_with_a_request_id_and_no_stack_trace()
    {
        var client = factory.CreateBrowserLikeClient();
        var signIn = await client.GetPageAsync("/Identity/Account/Login");
        factory.LoseDatabase(); // the next query fails inside the page

        using var response = await client.SubmitAsync(signIn, signIn.Form(), new Dictionary<string, string>
        {
            ["Input.Email"] = Accounts.NewEmail(),
            ["Input.Password"] = Accounts.Password,
        });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("Something went wrong", page.Text("h1"));
        Assert.False(string.IsNullOrWhiteSpace(page.Text("main code")));
        Assert.DoesNotContain("SqliteException", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", page.Text("main"), StringComparison.Ordinal);
    }
}
