using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

[AllowAnonymous]
public class LoginModel(
    SignInManager<AppUser> signInManager,
    IValidator<LoginInput> validator,
    SignInThrottle throttle,
    IEmailSender emailSender,
    ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var source = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.BlockedFor(Input.Email, source) is { } wait)
        {
            logger.LogInformation("Sign-in refused: too many wrong passwords for one address from {RemoteIp}", source);
            return TooManyAttempts(wait);
        }

        // Identity's own lockout (per account, from anywhere) is not used: anyone who knew the address could keep its
        // owner out. SignInThrottle counts per address and source instead, the same whether the account exists or not.
        var result = await signInManager.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.Succeeded(Input.Email, source);
        }
        if (result.Succeeded)
        {
            logger.LogInformation("User signed in");
            return LocalRedirect(Url.LocalOrDashboard(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        }

        logger.LogInformation("Sign-in failed");
        if (throttle.Failed(Input.Email, source))
        {
            await TellTheOwnerAsync(source);
            return TooManyAttempts(throttle.BlockedFor(Input.Email, source) ?? SignInThrottle.FirstBlock);
        }
        ModelState.AddModelError(string.Empty, "That email and password do not match an account. Check them and try again.");
        return Page();
    }

    private PageResult TooManyAttempts(TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        ModelState.AddModelError(string.Empty,
            $"Too many attempts to sign in with this email address from here. Wait {minutes} minute{(minutes == 1 ? "" : "s")} and try again, or reset your password.");
        return Page();
    }

    /// <summary>The owner of the address, when it has an account, hears of the block by e-mail (the page says nothing either way).</summary>
    private async Task TellTheOwnerAsync(string? source)
    {
        var user = await signInManager.UserManager.FindByEmailAsync(Input.Email);
        if (user?.Email is null)
        {
            return;
        }
        logger.LogWarning("Sign-in to user {UserId} blocked from {RemoteIp} after repeated wrong passwords", user.Id, source);
        await emailSender.SendEmailAsync(user.Email, "Repeated wrong passwords on your CareerPlanner account",
            "<p>Someone entered a wrong password for your CareerPlanner account several times, so sign-in from their " +
            "address is paused for a while. Signing in from your own devices is not affected.</p>" +
            "<p>If this was you, wait a little or reset your password. If it was not, your password kept them out; " +
            "consider turning on two-factor sign-in.</p>");
    }
}
