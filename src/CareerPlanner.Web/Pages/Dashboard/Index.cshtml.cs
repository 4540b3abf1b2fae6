using System.Security.Claims;

namespace CareerPlanner.Web.Pages.Dashboard;

/// <summary>What is due across the person's active plans: reviews, this week's actions, milestones, goals at risk.</summary>
public class IndexModel(AppDbContext db, WhatIsDue whatIsDue, Plans.Reviews.ReviewEditor reviews) : PageModel
{
    public string Email { get; private set; } = "";
    public string? DisplayName => View.DisplayName;
    public DashboardView View { get; private set; } = default!;

    /// <summary>The first steps through the method, until all are done or the person puts the list away.</summary>
    public GettingStartedView? Start => View.Start;

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The one-click check-in: how satisfied the person is this week (1–10); the rest of the check-in is optional.</summary>
    [BindProperty]
    public int? Satisfaction { get; set; }

    /// <summary>True until the person (or their browser, through timezone.js) has set a time zone.</summary>
    public bool NeedsTimeZone => View.NeedsTimeZone;

    public async Task OnGetAsync()
    {
        var userId = User.Id();
        Email = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "";
        View = await whatIsDue.LoadAsync(userId);
    }

    /// <summary>Puts the getting-started checklist away for good (remembered on the profile).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.Id();
        var profile = await db.UserProfiles.SingleOrDefaultAsync(p => p.UserId == userId);
        if (profile is null)
        {
            profile = new UserProfile(userId);
            db.UserProfiles.Add(profile);
        }
        profile.DismissGettingStarted();
        await db.SaveChangesAsync();
        StatusMessage = "The getting-started list is put away. Everything on it stays in the wizard of each plan.";
        return RedirectToPage();
    }

    /// <summary>
    /// Records the check-in that is due for a plan in one click: today's job satisfaction, goal values unchanged. The
    /// full form (with notes and goal values) stays one link away; an out-of-range value shows that form instead.
    /// </summary>
    public async Task<IActionResult> OnPostCheckInAsync(int planId, string kind)
    {
        if (ReviewText.KindFromSlug(kind) is not { } k || k.IsThorough() || await reviews.FormAsync(User.Id(), planId, k, null) is not { } form)
        {
            return NotFound();
        }
        var input = Plans.Reviews.ReviewEditor.NewInput(form, null);
        input.Kind = k;
        input.Satisfaction = Satisfaction;
        if (!await reviews.ValidateAsync(input, form, ModelState))
        {
            return RedirectToPage("/Plans/Reviews/Create", new { id = planId, kind });
        }
        await reviews.AddAsync(input, form);
        StatusMessage = $"{k.Title()} saved: satisfaction {Satisfaction} of 10.";
        return RedirectToPage();
    }
}
