using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account;

public class PasswordPolicyTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("qwertyuiop[]")]
    [InlineData("1qaz2wsx3edc")]
    public async Task Registering_with_a_guessable_password_redisplays_the_form_with_a_strength_message_and_the_email_kept(string password)
    {
        var client = factory.CreateBrowserLikeClient();
        var email = Accounts.NewEmail();

        using var response = await Register(client, email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal(email, page.InputValue("Input.Email"));
        Assert.Contains(page.FieldErrors("Input.Password"), e => e.Contains("too easy to guess", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Registering_with_eleven_characters_is_refused_with_the_length_message()
    {
        var client = factory.CreateBrowserLikeClient();

        using var response = await Register(client, Accounts.NewEmail(), "Kx9#mP2$vL7");

        var page = await response.ParseAsync();
        Assert.Contains(page.FieldErrors("Input.Password"), e => e.Contains("at least 12 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changing_to_a_guessable_password_is_refused_with_the_same_message()
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        using var response = await client.SubmitAsync("/Identity/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = Accounts.Password,
            ["Input.NewPassword"] = "password1234",
            ["Input.ConfirmPassword"] = "password1234",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too easy to guess", (await response.ParseAsync()).Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resetting_to_a_short_password_is_refused_with_the_length_message()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();
        using (await client.SubmitAsync("/Identity/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email })) { }
        var link = Assert.Single(factory.MessagesTo(email)).FirstLink();

        using var response = await client.SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Kx9#mP2$vL7",
            ["Input.ConfirmPassword"] = "Kx9#mP2$vL7",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await response.ParseAsync()).FieldErrors("Input.Password"), e => e.Contains("at least 12 characters", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> Register(HttpClient client, string email, string password) =>
        client.SubmitAsync("/Identity/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
}
