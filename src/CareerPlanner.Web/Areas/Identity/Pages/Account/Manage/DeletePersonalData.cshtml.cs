using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Deletes the account and, through the database's cascades, every row the person owns; the password confirms it is
/// them. A wrong or empty password keeps everything and says so beside the field.
/// </summary>
public class DeletePersonalDataModel(
    UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, IValidator<ConfirmPasswordInput> validator,
    ILogger<DeletePersonalDataModel> logger) : PageModel
{
    [BindProperty]
    public ConfirmPasswordInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await userManager.GetUserAsync(User) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (ModelState.IsValid && !await userManager.CheckPasswordAsync(user, Input.Password))
        {
            ModelState.AddInputError(nameof(ConfirmPasswordInput.Password), "That is not your password. Nothing was deleted.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await userManager.DeleteAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "Your account could not be deleted just now; nothing was deleted. Please try again.");
            return Page();
        }
        await signInManager.SignOutAsync();
        logger.LogInformation("User {UserId} deleted their account", user.Id);
        return Redirect("~/");
    }
}
