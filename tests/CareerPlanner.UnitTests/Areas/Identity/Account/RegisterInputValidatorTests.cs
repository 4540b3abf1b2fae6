using CareerPlanner.Web.Areas.Identity.Pages.Account;

namespace CareerPlanner.UnitTests.Areas.Identity.Account;

public class RegisterInputValidatorTests
{
    private readonly RegisterInputValidator validator = new();

    [Fact]
    public void A_complete_registration_is_valid() =>
        Assert.True(validator.Validate(new RegisterInput
        {
            Email = "ada@example.com", Password = "Violet-Harbour-Kettle-42", ConfirmPassword = "Violet-Harbour-Kettle-42",
        }).IsValid);

    [Theory]
    [InlineData("", "Enter your email address.")]
    [InlineData("not-an-email", "Enter an email address like name@example.com.")]
    public void A_missing_or_malformed_email_is_explained(string email, string message)
    {
        var result = validator.Validate(new RegisterInput { Email = email, Password = "p", ConfirmPassword = "p" });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(RegisterInput.Email) && e.ErrorMessage == message);
    }

    [Fact]
    public void Passwords_that_differ_are_reported_on_the_confirmation_field()
    {
        var result = validator.Validate(new RegisterInput { Email = "ada@example.com", Password = "one", ConfirmPassword = "two" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(RegisterInput.ConfirmPassword), error.PropertyName);
    }

    [Fact]
    public void A_very_long_password_is_refused_before_it_reaches_the_hasher()
    {
        var longPassword = new string('x', 129);

        var result = validator.Validate(new RegisterInput { Email = "ada@example.com", Password = longPassword, ConfirmPassword = longPassword });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(RegisterInput.Password));
    }
}
