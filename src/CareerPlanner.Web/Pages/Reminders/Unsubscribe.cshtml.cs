using Microsoft.AspNetCore.Authorization;

namespace CareerPlanner.Web.Pages.Reminders;

/// <summary>
/// Turns review reminders off from the link in a reminder e-mail, without signing in. The GET only asks (mail scanners
/// follow links); the button posts. The token is signed and good for nothing else.
/// </summary>
[AllowAnonymous]
public class UnsubscribeModel(AppDbContext db, UnsubscribeTokens tokens) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await UserExistsAsync(tokens.UserIdFrom(Token)) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = tokens.UserIdFrom(Token);
        if (!await UserExistsAsync(userId))
        {
            return NotFound();
        }
        var profile = await db.UserProfiles.SingleOrDefaultAsync(p => p.UserId == userId);
        if (profile is null)
        {
            profile = new UserProfile(userId!);
            db.UserProfiles.Add(profile);
        }
        profile.SetReviewReminders(false);
        await db.SaveChangesAsync();
        Done = true;
        return Page();
    }

    private async Task<bool> UserExistsAsync(string? userId) => userId is not null && await db.Users.AnyAsync(u => u.Id == userId);
}
