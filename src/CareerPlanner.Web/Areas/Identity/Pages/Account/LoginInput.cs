using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

public sealed class LoginInput
{
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }
}

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator()
    {
        RuleFor(x => x.Email)
            .NotEmpty().WithMessage("Enter your email address.")
            .MaximumLength(256).WithMessage("An email address can have at most 256 characters.");
        RuleFor(x => x.Password)
            .NotEmpty().WithMessage("Enter your password.")
            .MaximumLength(128).WithMessage("A password can have at most 128 characters.");
    }
}
