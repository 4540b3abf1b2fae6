using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerPlanner.Web.Areas.Identity.Services;

/// <summary>The "confirm your account" e-mail with its link, sent on registering and again from the e-mail page.</summary>
public static class ConfirmationEmails
{
    public static async Task SendConfirmationAsync(
        this IEmailSender emailSender, UserManager<AppUser> userManager, IUrlHelper url, string scheme, AppUser user, string? returnUrl = null)
    {
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await userManager.GenerateEmailConfirmationTokenAsync(user)));
        var link = url.Page("/Account/ConfirmEmail", pageHandler: null,
            values: new { area = "Identity", userId = user.Id, code, returnUrl }, protocol: scheme)!;
        await emailSender.SendEmailAsync(user.Email!, "Confirm your CareerPlanner account",
            $"Please confirm your account by <a href='{HtmlEncoder.Default.Encode(link)}'>following this link</a>.");
    }
}
