using System.Globalization;
using CareerPlanner.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The Security part of the account area: the sign-in address, the password, two-factor sign-in and the browsers
/// signed in, with a way to sign them all out.
/// </summary>
public class IndexModel(UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, ServerSessions sessions, UserClock clock, ILogger<IndexModel> logger) : PageModel
{
    public sealed record SessionRow(bool IsThisBrowser, string SignedIn, string LastUsed, bool Remembered);

    [TempData]
    public string? StatusMessage { get; set; }

    public string Email { get; private set; } = "";
    public bool TwoFactorEnabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];
    public int RememberedDays => (int)sessions.Lifetimes.Remembered.TotalDays;
    public int IdleMinutes => (int)sessions.Lifetimes.Idle.TotalMinutes;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        Email = user.Email ?? "";
        TwoFactorEnabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = TwoFactorEnabled ? await userManager.CountRecoveryCodesAsync(user) : 0;
        var calendar = await clock.CalendarAsync(user.Id);
        var current = ServerSessions.IdOf(User);
        string When(DateTime utc) => calendar.ToLocal(utc).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
        Sessions = [.. (await sessions.OfAsync(user.Id)).Select(s => new SessionRow(s.Id == current, When(s.CreatedAtUtc), When(s.LastSeenAtUtc), s.Remembered))
            .OrderByDescending(s => s.IsThisBrowser)];
        return Page();
    }

    /// <summary>Ends every session of the person and renews the security stamp, so no cookie of theirs opens anything.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        var ended = await sessions.EndAllAsync(user.Id);
        await userManager.UpdateSecurityStampAsync(user);
        await signInManager.SignOutAsync();
        logger.LogInformation("User {UserId} signed out everywhere ({Sessions} sessions)", user.Id, ended);
        return RedirectToPage("/Account/Login", new { area = "Identity" });
    }
}
