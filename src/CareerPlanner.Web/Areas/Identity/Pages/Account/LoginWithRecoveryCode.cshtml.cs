using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

/// <summary>Signs in with a one-time recovery code; each code works once.</summary>
[AllowAnonymous]
public class LoginWithRecoveryCodeModel(SignInManager<AppUser> signInManager, IValidator<RecoveryCodeInput> validator, ILogger<LoginWithRecoveryCodeModel> logger) : PageModel
{
    [BindProperty]
    public RecoveryCodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login");
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.RecoveryCode.Replace(" ", "", StringComparison.Ordinal);
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            logger.LogInformation("Signed in with a recovery code");
            return LocalRedirect(Url.LocalOrDashboard(ReturnUrl));
        }
        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }
        logger.LogInformation("Recovery-code sign-in failed");
        ModelState.AddInputError(nameof(RecoveryCodeInput.RecoveryCode), "That recovery code is not valid, or it was already used.");
        return Page();
    }
}
