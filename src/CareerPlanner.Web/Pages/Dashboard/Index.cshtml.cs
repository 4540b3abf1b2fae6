using System.Security.Claims;
using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Dashboard;

public class IndexModel(AppDbContext db) : PageModel
{
    public string Email { get; private set; } = "";
    public string? DisplayName { get; private set; }
    public int ActivePlans { get; private set; }

    /// <summary>True until the person (or their browser, through timezone.js) has set a time zone.</summary>
    public bool NeedsTimeZone { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = User.Id();
        Email = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "";
        var profile = await db.UserProfiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { p.DisplayName, p.TimeZoneId }).SingleOrDefaultAsync();
        DisplayName = profile?.DisplayName;
        NeedsTimeZone = profile?.TimeZoneId is null;
        ActivePlans = await db.Plans.OwnedBy(userId).CountAsync(p => !p.IsArchived);
    }
}
