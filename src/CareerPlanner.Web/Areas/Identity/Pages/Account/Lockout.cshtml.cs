using Microsoft.AspNetCore.Authorization;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

[AllowAnonymous]
public class LockoutModel : PageModel
{
}
