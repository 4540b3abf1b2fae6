using System.Security.Claims;

namespace CareerPlanner.Web.Pages.Dashboard;

/// <summary>What is due across the person's active plans: reviews, this week's actions, milestones, goals at risk.</summary>
public class IndexModel(AppDbContext db, WhatIsDue whatIsDue) : PageModel
{
    public string Email { get; private set; } = "";
    public string? DisplayName { get; private set; }
    public DashboardView View { get; private set; } = default!;

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
        View = await whatIsDue.LoadAsync(userId);
    }
}
