using System.Net;
using Xunit;

namespace CareerPlanner.TestSupport;

public static class Accounts
{
    /// <summary>Long and unguessable, so it passes any password policy the app applies.</summary>
    public const string Password = "Violet-Harbour-Kettle-42";

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";

    /// <summary>Registers a fresh user through the real form; the returned client is signed in as them.</summary>
    public static async Task<(HttpClient Client, string Email)> RegisterNewUserAsync(this CareerPlannerFactory factory)
    {
        var email = NewEmail();
        return (await factory.RegisterAsync(email), email);
    }

    /// <summary>Registers a user with this address through the real form; the returned client is signed in as them.</summary>
    public static async Task<HttpClient> RegisterAsync(this CareerPlannerFactory factory, string email)
    {
        var client = factory.CreateBrowserLikeClient();
        using var response = await client.SubmitAsync("/Identity/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Registering answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password) =>
        client.SubmitAsync("/Identity/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
}
