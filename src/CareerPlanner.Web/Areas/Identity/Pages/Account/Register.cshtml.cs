using System.Text.Encodings.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using CareerPlanner.Web.Areas.Identity.Services;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account;

[AllowAnonymous]
public class RegisterModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    IValidator<RegisterInput> validator,
    IEmailSender emailSender,
    ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

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

        var confirming = signInManager.Options.SignIn.RequireConfirmedAccount;
        var user = new AppUser { UserName = Input.Email, Email = Input.Email };
        var created = await userManager.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            var taken = created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail");
            if (taken && confirming)
            {
                // With confirmation on, a taken address gets the same answer as a new one; its owner hears by e-mail.
                await TellTheOwnerAsync(Input.Email);
                return RedirectToPage("RegisterConfirmation", new { email = Input.Email, returnUrl = ReturnUrl });
            }
            // The user name is the e-mail address, so "taken" is said once, not for each.
            foreach (var error in created.Errors.Where(e => e.Code != "DuplicateUserName"))
            {
                ModelState.AddModelError(FieldFor(error), error.Description);
            }
            return Page();
        }
        logger.LogInformation("User {UserId} registered", user.Id);

        if (confirming)
        {
            await emailSender.SendConfirmationAsync(userManager, Url, Request.Scheme, user, ReturnUrl);
            return RedirectToPage("RegisterConfirmation", new { email = Input.Email, returnUrl = ReturnUrl });
        }

        await signInManager.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.LocalOrDashboard(ReturnUrl));
    }

    private async Task TellTheOwnerAsync(string email)
    {
        var owner = await userManager.FindByEmailAsync(email);
        if (owner?.Email is null)
        {
            return;
        }
        logger.LogInformation("Registration attempted with the address of user {UserId}", owner.Id);
        var signIn = Url.Page("/Account/Login", pageHandler: null, values: new { area = "Identity" }, protocol: Request.Scheme)!;
        var reset = Url.Page("/Account/ForgotPassword", pageHandler: null, values: new { area = "Identity" }, protocol: Request.Scheme)!;
        await emailSender.SendEmailAsync(owner.Email, "Someone tried to create a CareerPlanner account with your address",
            "<p>Someone tried to create a new CareerPlanner account with this e-mail address, which already has one.</p>" +
            $"<p>If it was you: <a href='{HtmlEncoder.Default.Encode(signIn)}'>sign in</a>, or " +
            $"<a href='{HtmlEncoder.Default.Encode(reset)}'>reset your password</a> if you forgot it. If it was not you, nothing changed.</p>");
    }

    private static string FieldFor(IdentityError error) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Input.Password",
        "DuplicateUserName" or "DuplicateEmail" or "InvalidEmail" or "InvalidUserName" => "Input.Email",
        _ => "",
    };
}
