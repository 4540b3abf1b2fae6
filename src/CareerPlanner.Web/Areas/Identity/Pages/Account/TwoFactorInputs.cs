using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

public sealed class AuthenticatorCodeInput
{
    [Display(Name = "Code from your authenticator app")]
    public string Code { get; set; } = "";

    [Display(Name = "Don't ask again on this device")]
    public bool RememberMachine { get; set; }

    /// <summary>Apps show codes as "123 456"; spaces and dashes are not part of the code.</summary>
    public string Normalised => (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}

public sealed class AuthenticatorCodeInputValidator : AbstractValidator<AuthenticatorCodeInput>
{
    public AuthenticatorCodeInputValidator() =>
        RuleFor(x => x.Normalised)
            .NotEmpty().WithMessage("Enter the 6-digit code your authenticator app shows now.")
            .Matches("^[0-9]{6,7}$").WithMessage("The code is 6 digits, such as 123456.")
            .OverridePropertyName(nameof(AuthenticatorCodeInput.Code));
}

public sealed class RecoveryCodeInput
{
    [Display(Name = "Recovery code")]
    public string RecoveryCode { get; set; } = "";
}

public sealed class RecoveryCodeInputValidator : AbstractValidator<RecoveryCodeInput>
{
    public RecoveryCodeInputValidator() =>
        RuleFor(x => x.RecoveryCode)
            .NotEmpty().WithMessage("Enter one of the recovery codes you saved when you turned on two-factor sign-in.")
            .MaximumLength(64).WithMessage("A recovery code is shorter than that; check what you typed.");
}
