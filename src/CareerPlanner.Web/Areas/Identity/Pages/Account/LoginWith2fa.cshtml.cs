using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

/// <summary>The second step of signing in. Without a first step in progress it goes back to sign-in (never a 500).</summary>
[AllowAnonymous]
public class LoginWith2faModel(SignInManager<AppUser> signInManager, IValidator<AuthenticatorCodeInput> validator, ILogger<LoginWith2faModel> logger) : PageModel
{
    [BindProperty]
    public AuthenticatorCodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

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

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(Input.Normalised, RememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.LocalOrDashboard(ReturnUrl));
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Two-factor sign-in refused: account locked out");
            return RedirectToPage("./Lockout");
        }
        logger.LogInformation("Two-factor sign-in failed: wrong code");
        ModelState.AddInputError(nameof(AuthenticatorCodeInput.Code), "That code is not right. Codes change every 30 seconds: enter the one your app shows now.");
        return Page();
    }
}
