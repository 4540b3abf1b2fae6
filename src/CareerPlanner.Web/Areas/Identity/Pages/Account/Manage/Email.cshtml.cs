using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Encodings.Web;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using CareerPlanner.Web.Areas.Identity.Services;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

public sealed class ChangeEmailInput
{
    [Display(Name = "New email address")]
    public string NewEmail { get; set; } = "";
}

public sealed class ChangeEmailInputValidator : AbstractValidator<ChangeEmailInput>
{
    public ChangeEmailInputValidator() => RuleFor(x => x.NewEmail).ValidEmail();
}

/// <summary>
/// Changes the sign-in address by a link sent to the new one (Identity's ConfirmEmailChange page completes it). The
/// answer is the same whether or not another account has the new address; that account's owner is told instead.
/// </summary>
public class EmailModel(UserManager<AppUser> userManager, IEmailSender emailSender, IValidator<ChangeEmailInput> validator, ILogger<EmailModel> logger) : PageModel
{
    [BindProperty]
    public ChangeEmailInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string Email { get; private set; } = "";
    public bool IsConfirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        Load(user);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeEmailAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (ModelState.IsValid && string.Equals(Input.NewEmail.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddInputError(nameof(ChangeEmailInput.NewEmail), "That is the address you sign in with already.");
        }
        if (!ModelState.IsValid)
        {
            Load(user);
            return Page();
        }

        var newEmail = Input.NewEmail.Trim();
        if (await userManager.FindByEmailAsync(newEmail) is { } other)
        {
            logger.LogInformation("User {UserId} asked to move to the address of user {OtherId}", user.Id, other.Id);
            await emailSender.SendEmailAsync(newEmail, "Someone asked to use your address on CareerPlanner",
                "<p>Someone signed in to CareerPlanner asked to change their account's address to this one, which already " +
                "belongs to your account. Nothing changed. If it was you, sign in to the account you want to keep.</p>");
        }
        else
        {
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await userManager.GenerateChangeEmailTokenAsync(user, newEmail)));
            var link = Url.Page("/Account/ConfirmEmailChange", pageHandler: null,
                values: new { area = "Identity", userId = user.Id, email = newEmail, code }, protocol: Request.Scheme)!;
            await emailSender.SendEmailAsync(newEmail, "Confirm your new CareerPlanner address",
                $"<p>To sign in to CareerPlanner with this address from now on, <a href='{HtmlEncoder.Default.Encode(link)}'>confirm it</a>.</p>" +
                "<p>If you did not ask for this, ignore this message; nothing changes.</p>");
            logger.LogInformation("User {UserId} asked to change their e-mail address", user.Id);
        }
        StatusMessage = $"We sent a confirmation link to {newEmail}. Your address changes when you follow it.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSendVerificationEmailAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user?.Email is null)
        {
            return NotFound();
        }
        await emailSender.SendConfirmationAsync(userManager, Url, Request.Scheme, user);
        StatusMessage = $"We sent a confirmation link to {user.Email}.";
        return RedirectToPage();
    }

    private void Load(AppUser user)
    {
        Email = user.Email ?? "";
        IsConfirmed = user.EmailConfirmed;
    }
}
