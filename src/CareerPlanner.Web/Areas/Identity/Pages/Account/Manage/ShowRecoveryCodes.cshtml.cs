namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Shows new recovery codes once, straight after they were made; any other visit goes to the Security page.</summary>
public class ShowRecoveryCodesModel : PageModel
{
    [TempData]
    public string[]? RecoveryCodes { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public IActionResult OnGet() =>
        RecoveryCodes is { Length: > 0 } ? Page() : Redirect("/Identity/Account/Manage#two-factor");
}
