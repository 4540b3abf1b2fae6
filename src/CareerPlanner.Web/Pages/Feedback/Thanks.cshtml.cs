using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Feedback;

[AllowAnonymous]
public class ThanksModel : PageModel
{
}
