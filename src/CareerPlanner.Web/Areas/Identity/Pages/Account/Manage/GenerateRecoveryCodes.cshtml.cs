using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>New recovery codes (the old ones stop working); only with two-factor sign-in on, and said so otherwise.</summary>
public class GenerateRecoveryCodesModel(UserManager<AppUser> userManager, ILogger<GenerateRecoveryCodesModel> logger) : PageModel
{
    public const int CodeCount = 10;

    [TempData]
    public string[]? RecoveryCodes { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        return user.TwoFactorEnabled ? Page() : NotOn();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        if (!user.TwoFactorEnabled)
        {
            return NotOn();
        }
        RecoveryCodes = [.. await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, CodeCount) ?? []];
        logger.LogInformation("User {UserId} made new recovery codes", user.Id);
        StatusMessage = "Your new recovery codes are below; the old ones no longer work.";
        return RedirectToPage("./ShowRecoveryCodes");
    }

    private RedirectToPageResult NotOn()
    {
        StatusMessage = "Recovery codes come with two-factor sign-in: turn it on first.";
        return RedirectToPage("./TwoFactorAuthentication");
    }
}
