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
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).NewPassword();
        RuleFor(x => x.ConfirmPassword).SameAs(x => x.Password);
    }
}
