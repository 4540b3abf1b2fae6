using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// A page that only means something with two-factor sign-in on (turning it off, new recovery codes): with it off, GET
/// and POST alike go to the two-factor section of the Security page with <see cref="WhenOff"/> as the message. A page
/// needs its message and what its form does.
/// </summary>
public abstract class TwoFactorOnPageModel(UserManager<AppUser> userManager) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    protected UserManager<AppUser> Users { get; } = userManager;

    protected abstract string WhenOff { get; }

    /// <summary>What the page's form does, for a person with two-factor sign-in on.</summary>
    protected abstract Task<IActionResult> ActAsync(AppUser user);

    public async Task<IActionResult> OnGetAsync() => await RefusalAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync() =>
        await RefusalAsync() ?? await ActAsync((await Users.GetUserAsync(User))!);

    private async Task<IActionResult?> RefusalAsync()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        if (user.TwoFactorEnabled)
        {
            return null;
        }
        StatusMessage = WhenOff;
        return RedirectToPage("./TwoFactorAuthentication");
    }
}
