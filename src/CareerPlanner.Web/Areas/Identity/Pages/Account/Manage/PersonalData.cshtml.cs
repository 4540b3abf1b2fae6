namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>The "Your data" part of the account area: download everything, or delete the account.</summary>
public class PersonalDataModel : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }
}
