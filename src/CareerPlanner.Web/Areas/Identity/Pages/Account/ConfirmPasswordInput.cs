using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

/// <summary>The password, asked again to confirm a change to the account.</summary>
public sealed class ConfirmPasswordInput
{
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}

public sealed class ConfirmPasswordInputValidator : AbstractValidator<ConfirmPasswordInput>
{
    public ConfirmPasswordInputValidator() =>
        RuleFor(x => x.Password)
            .NotEmpty().WithMessage("Enter your password.")
            .MaximumLength(128).WithMessage("A password can have at most 128 characters.");
}
