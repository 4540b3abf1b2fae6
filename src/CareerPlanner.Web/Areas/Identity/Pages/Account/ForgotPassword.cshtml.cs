using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Encodings.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

public sealed class ForgotPasswordInput
{
    [Display(Name = "Email")]
    public string Email { get; set; } = "";
}

public sealed class ForgotPasswordInputValidator : AbstractValidator<ForgotPasswordInput>
{
    public ForgotPasswordInputValidator() => RuleFor(x => x.Email).ValidEmail();
}

/// <summary>Sends a reset link when the account exists; answers the same either way, so it reveals no address.</summary>
[AllowAnonymous]
public class ForgotPasswordModel(UserManager<AppUser> userManager, IValidator<ForgotPasswordInput> validator, IEmailSender emailSender) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Input.Email);
        var mayReset = user is not null
            && (user.EmailConfirmed || !userManager.Options.SignIn.RequireConfirmedAccount);
        if (mayReset)
        {
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await userManager.GeneratePasswordResetTokenAsync(user!)));
            var link = Url.Page("/Account/ResetPassword", pageHandler: null, values: new { area = "Identity", code }, protocol: Request.Scheme)!;
            await emailSender.SendEmailAsync(Input.Email, "Reset your CareerPlanner password",
                $"<p>Someone (we hope you) asked to reset the password of your CareerPlanner account.</p>" +
                $"<p><a href=\"{HtmlEncoder.Default.Encode(link)}\">Choose a new password</a></p>" +
                "<p>If it was not you, ignore this message: your password stays as it is.</p>");
        }
        return RedirectToPage("./ForgotPasswordConfirmation");
    }
}
