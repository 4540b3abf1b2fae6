using CareerPlanner.Web.Areas.Identity.Services;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Areas.Identity.Services;

public class PasswordStrengthValidatorTests
{
    private static readonly AppUser User = new() { Email = "ada.lovelace@example.com", UserName = "ada.lovelace@example.com" };

    [Theory]
    [InlineData("Violet-Harbour-Kettle-42")]
    [InlineData("correct horse battery staple")]
    [InlineData("tm9#Lq!2vZ^pW")]
    public async Task A_hard_to_guess_password_passes(string password) =>
        Assert.True((await new PasswordStrengthValidator().ValidateAsync(null!, User, password)).Succeeded);

    [Theory]
    [InlineData("password1234", "common word")]
    [InlineData("qwertyuiop[]", "keyboard pattern")]
    [InlineData("abcdefgh1234", "sequence")]
    [InlineData("aaaaaaaaaaaa", "repeats")]
    public async Task A_guessable_password_fails_with_the_reason(string password, string reason)
    {
        var result = await new PasswordStrengthValidator().ValidateAsync(null!, User, password);

        var error = Assert.Single(result.Errors);
        Assert.Equal(PasswordStrengthValidator.ErrorCode, error.Code);
        Assert.Contains(reason, error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_built_on_the_users_own_email_fails()
    {
        var result = await new PasswordStrengthValidator().ValidateAsync(null!, User, "lovelace1815");

        Assert.False(result.Succeeded);
    }
}
