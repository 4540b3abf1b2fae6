using FluentValidation;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

/// <summary>The field rules the account forms share, so each message is written once.</summary>
public static class AccountRules
{
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Enter your email address.")
        .MaximumLength(256).WithMessage("An email address can have at most 256 characters.")
        .EmailAddress().WithMessage("Enter an email address like name@example.com.");

    /// <summary>Presence and an upper bound (so nothing huge reaches the hasher); strength is Identity's validators' job.</summary>
    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Choose a password.")
        .MaximumLength(128).WithMessage("A password can have at most 128 characters.");

    public static IRuleBuilderOptions<T, string> SameAs<T>(this IRuleBuilder<T, string> rule, System.Linq.Expressions.Expression<Func<T, string>> password) => rule
        .Equal(password).WithMessage("The two passwords do not match. Type the same password twice.");
}
