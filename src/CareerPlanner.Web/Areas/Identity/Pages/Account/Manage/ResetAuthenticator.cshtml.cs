using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>A new authenticator key (after a lost or replaced phone); two-factor sign-in is off until the new key is set up.</summary>
public class ResetAuthenticatorModel(UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, ILogger<ResetAuthenticatorModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync() => await userManager.GetUserAsync(User) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        await userManager.SetTwoFactorEnabledAsync(user, false);
        // A new key renews the security stamp (other sessions end); this one is signed in again at once.
        await userManager.ResetAuthenticatorKeyAsync(user);
        await signInManager.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} reset their authenticator key", user.Id);
        StatusMessage = "Your authenticator key was replaced. Add the new key to your app to turn two-factor sign-in on again.";
        return RedirectToPage("./EnableAuthenticator");
    }
}
