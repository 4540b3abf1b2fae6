using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

public sealed class ChangePasswordInput
{
    [Display(Name = "Current password")]
    public string OldPassword { get; set; } = "";

    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(x => x.OldPassword)
            .NotEmpty().WithMessage("Enter your current password.")
            .MaximumLength(128).WithMessage("A password can have at most 128 characters.");
        RuleFor(x => x.NewPassword).NewPassword();
        RuleFor(x => x.ConfirmPassword).SameAs(x => x.NewPassword);
    }
}

/// <summary>
/// Changes the password, which the current one confirms. This browser stays signed in; every other session ends at
/// once (and the owner is told by e-mail, by <see cref="Services.AppUserManager"/>).
/// </summary>
public class ChangePasswordModel(
    UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, ServerSessions sessions,
    IValidator<ChangePasswordInput> validator, ILogger<ChangePasswordModel> logger) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync() => await userManager.GetUserAsync(User) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var changed = await userManager.ChangePasswordAsync(user, Input.OldPassword, Input.NewPassword);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(ChangePasswordInput.OldPassword) : nameof(ChangePasswordInput.NewPassword);
                ModelState.AddInputError(field, error.Code == "PasswordMismatch" ? "That is not your current password." : error.Description);
            }
            return Page();
        }
        var ended = await sessions.EndOthersAsync(user.Id, ServerSessions.IdOf(User));
        await signInManager.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} changed their password; {Sessions} other sessions ended", user.Id, ended);
        StatusMessage = "Your password was changed. Every other browser was signed out.";
        return RedirectToPage("./Index");
    }
}
