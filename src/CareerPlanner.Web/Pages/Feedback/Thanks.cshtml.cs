using Microsoft.AspNetCore.Authorization;

namespace CareerPlanner.Web.Pages.Feedback;

[AllowAnonymous]
public class ThanksModel : PageModel
{
}
