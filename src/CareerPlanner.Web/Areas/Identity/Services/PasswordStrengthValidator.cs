using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Services;

/// <summary>
/// Refuses passwords that are easy to guess (zxcvbn score below 3), whatever their composition (OWASP ASVS 2.1.7).
/// Length is Identity's own rule (12 characters); there are no composition rules. As an Identity validator it
/// applies to registration, reset and change alike.
/// </summary>
public sealed class PasswordStrengthValidator : IPasswordValidator<AppUser>
{
    public const int MinimumScore = 3;
    public const string ErrorCode = "PasswordTooGuessable";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var personal = new[] { user.Email, user.UserName }
            .Where(s => !string.IsNullOrEmpty(s))
            .SelectMany(s => s!.Split('@', '.', '-', '_', '+'))
            .Where(s => s.Length > 2)
            .ToList();
        var result = Zxcvbn.Zxcvbn.MatchPassword(password, personal);
        return Task.FromResult(result.Score >= MinimumScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Explain(result) }));
    }

    private static string Explain(Zxcvbn.Result result)
    {
        // Explain by the weakness that covers most of the password.
        var main = result.MatchSequence.OrderByDescending(m => m.Token?.Length ?? 0).FirstOrDefault()?.Pattern;
        var because = main switch
        {
            "spatial" => "it follows a keyboard pattern",
            "dictionary" => "it is built on a common word or password",
            "sequence" => "it contains an easy sequence such as abc or 1234",
            "repeat" => "it repeats the same characters",
            "date" => "it contains a date",
            _ => "it is short on variety",
        };
        return $"This password is too easy to guess: {because}. Try a longer phrase of three or four unrelated words.";
    }
}

/// <summary>Identity's messages, in the app's voice.</summary>
public sealed class AppIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = $"Use at least {length} characters. A phrase of a few unrelated words is long and easy to remember.",
    };
}
