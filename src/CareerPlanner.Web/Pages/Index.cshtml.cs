using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages;

[AllowAnonymous]
public class IndexModel : PageModel
{
}
