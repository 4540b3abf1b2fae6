using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

public sealed class RegisterInput
{
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Confirm password")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class RegisterInputValidator : AbstractValidator<RegisterInput>
{
    public RegisterInputValidator()
    {
        RuleFor(x => x.Email)
            .NotEmpty().WithMessage("Enter your email address.")
            .MaximumLength(256).WithMessage("An email address can have at most 256 characters.")
            .EmailAddress().WithMessage("Enter an email address like name@example.com.");
        RuleFor(x => x.Password)
            .NotEmpty().WithMessage("Choose a password.")
            .MaximumLength(128).WithMessage("A password can have at most 128 characters.");
        RuleFor(x => x.ConfirmPassword)
            .Equal(x => x.Password).WithMessage("The two passwords do not match. Type the same password twice.");
    }
}
