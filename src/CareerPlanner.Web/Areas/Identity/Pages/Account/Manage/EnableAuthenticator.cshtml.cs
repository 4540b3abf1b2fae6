using System.Text;
using FluentValidation;
using CareerPlanner.Web.Areas.Identity.Services;
using QRCoder;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Sets up an authenticator app: the key as text and as a QR code drawn on the server (a PNG data URI, so no
/// script and no CDN are needed and the CSP stays strict), then a code from the app to prove it works.
/// </summary>
public class EnableAuthenticatorModel(AppUserManager userManager, IValidator<AuthenticatorCodeInput> validator, ILogger<EnableAuthenticatorModel> logger) : PageModel
{
    private const int RecoveryCodeCount = GenerateRecoveryCodesModel.CodeCount;

    [BindProperty]
    public AuthenticatorCodeInput Input { get; set; } = new();

    [TempData]
    public string[]? RecoveryCodes { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public string SharedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (ModelState.IsValid && !await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, Input.Normalised))
        {
            ModelState.AddInputError(nameof(AuthenticatorCodeInput.Code), "That code is not right. Check the app shows CareerPlanner and enter the code it shows now.");
        }
        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        logger.LogInformation("User {UserId} turned on two-factor sign-in with an authenticator app", user.Id);
        StatusMessage = "Your authenticator app is set up: sign-in now asks for its code.";
        if (await userManager.CountRecoveryCodesAsync(user) == 0)
        {
            RecoveryCodes = [.. await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            return RedirectToPage("./ShowRecoveryCodes");
        }
        return RedirectToPage("./TwoFactorAuthentication");
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // The first visit creates the key the app will share with this account. Unlike a reset, creating it
            // leaves the security stamp alone: a new stamp would sign this session out a minute later, mid set-up.
            key = await userManager.CreateAuthenticatorKeyAsync(user);
        }
        SharedKey = Grouped(key);
        var uri = $"otpauth://totp/{Uri.EscapeDataString("CareerPlanner:" + user.Email)}?secret={key}&issuer=CareerPlanner&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
