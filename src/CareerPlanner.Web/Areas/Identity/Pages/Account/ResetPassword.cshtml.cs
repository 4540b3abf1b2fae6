using System.ComponentModel.DataAnnotations;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

public sealed class ResetPasswordInput
{
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    [Display(Name = "Confirm the new password")]
    public string ConfirmPassword { get; set; } = "";

    public string Code { get; set; } = "";
}

public sealed class ResetPasswordInputValidator : AbstractValidator<ResetPasswordInput>
{
    public ResetPasswordInputValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).NewPassword();
        RuleFor(x => x.ConfirmPassword).SameAs(x => x.Password);
        RuleFor(x => x.Code).NotEmpty().WithMessage("This reset link is incomplete. Ask for a new one.");
    }
}

[AllowAnonymous]
public class ResetPasswordModel(UserManager<AppUser> userManager, IValidator<ResetPasswordInput> validator) : PageModel
{
    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    public bool LinkIsBroken { get; private set; }

    public void OnGet(string? code)
    {
        var decoded = Decode(code);
        LinkIsBroken = decoded is null;
        Input.Code = decoded ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            return RedirectToPage("./ResetPasswordConfirmation"); // reveals nothing about which addresses exist
        }

        var result = await userManager.ResetPasswordAsync(user, Input.Code, Input.Password);
        if (result.Succeeded)
        {
            return RedirectToPage("./ResetPasswordConfirmation");
        }
        foreach (var error in result.Errors)
        {
            if (error.Code == nameof(IdentityErrorDescriber.InvalidToken))
            {
                ModelState.AddModelError(string.Empty, "This reset link has expired or was already used. Ask for a new one from the sign-in page.");
            }
            else
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
            }
        }
        return Page();
    }

    private static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
