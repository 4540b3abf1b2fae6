namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Two-factor sign-in is a section of the Security page; this address (used by Identity's pages) leads there.</summary>
public class TwoFactorAuthenticationModel : PageModel
{
    public IActionResult OnGet() => Redirect("/Identity/Account/Manage#two-factor");
}
