using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>New recovery codes (the old ones stop working); only with two-factor sign-in on, and said so otherwise.</summary>
public class GenerateRecoveryCodesModel(UserManager<AppUser> userManager, ILogger<GenerateRecoveryCodesModel> logger) : TwoFactorOnPageModel(userManager)
{
    public const int CodeCount = 10;

    [TempData]
    public string[]? RecoveryCodes { get; set; }

    protected override string WhenOff => "Recovery codes come with two-factor sign-in: turn it on first.";

    protected override async Task<IActionResult> ActAsync(AppUser user)
    {
        RecoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, CodeCount) ?? []];
        logger.LogInformation("User {UserId} made new recovery codes", user.Id);
        StatusMessage = "Your new recovery codes are below; the old ones no longer work.";
        return RedirectToPage("./ShowRecoveryCodes");
    }
}
