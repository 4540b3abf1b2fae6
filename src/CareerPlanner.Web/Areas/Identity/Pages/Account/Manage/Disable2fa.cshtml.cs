using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Turns two-factor sign-in off; when it is already off, says so instead of failing.</summary>
public class Disable2faModel(UserManager<AppUser> userManager, ILogger<Disable2faModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        return user.TwoFactorEnabled ? Page() : AlreadyOff();
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
            return AlreadyOff();
        }
        await userManager.SetTwoFactorEnabledAsync(user, false);
        logger.LogInformation("User {UserId} turned off two-factor sign-in", user.Id);
        StatusMessage = "Two-factor sign-in is off. You can turn it on again from this page.";
        return RedirectToPage("./TwoFactorAuthentication");
    }

    private RedirectToPageResult AlreadyOff()
    {
        StatusMessage = "Two-factor sign-in is already off.";
        return RedirectToPage("./TwoFactorAuthentication");
    }
}
