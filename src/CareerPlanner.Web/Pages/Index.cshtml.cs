using Microsoft.AspNetCore.Authorization;

namespace CareerPlanner.Web.Pages;

[AllowAnonymous]
public class IndexModel : PageModel
{
}
