using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Dashboard;

public class IndexModel : PageModel
{
    public string Email { get; private set; } = "";

    public void OnGet() => Email = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "";
}
