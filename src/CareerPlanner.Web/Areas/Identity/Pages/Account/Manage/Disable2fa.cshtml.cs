using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Turns two-factor sign-in off; when it is already off, says so instead of failing.</summary>
public class Disable2faModel(UserManager<AppUser> userManager, ILogger<Disable2faModel> logger) : TwoFactorOnPageModel(userManager)
{
    protected override string WhenOff => "Two-factor sign-in is already off.";

    protected override async Task<IActionResult> ActAsync(AppUser user)
    {
        await Users.SetTwoFactorEnabledAsync(user, false);
        logger.LogInformation("User {UserId} turned off two-factor sign-in", user.Id);
        StatusMessage = "Two-factor sign-in is off. You can turn it on again from this page.";
        return RedirectToPage("./TwoFactorAuthentication");
    }
}
