using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Asks a signed-in person for their password again before a change to how they sign in (OWASP ASVS 7.5): a session
/// left open on a shared computer is not enough to take the account over. <see cref="RecentSignInFilter"/> sends them here.
/// </summary>
public class ReauthenticateModel(
    UserManager<AppUser> userManager, ServerSessions sessions, IValidator<ConfirmPasswordInput> validator,
    ILogger<ReauthenticateModel> logger) : PageModel
{
    [BindProperty]
    public ConfirmPasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public int WindowMinutes => (int)sessions.Lifetimes.Reauthentication.TotalMinutes;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null || ServerSessions.IdOf(User) is not { } sessionId)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (ModelState.IsValid && !await userManager.CheckPasswordAsync(user, Input.Password))
        {
            logger.LogInformation("User {UserId} gave a wrong password when asked to confirm it", user.Id);
            ModelState.AddInputError(nameof(ConfirmPasswordInput.Password), "That is not your password. Check it and try again.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await sessions.ReauthenticatedAsync(sessionId);
        return LocalRedirect(Url.LocalOr(ReturnUrl, "/Dashboard/Index"));
    }
}
