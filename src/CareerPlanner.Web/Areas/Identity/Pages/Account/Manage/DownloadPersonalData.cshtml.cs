using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>The person's data as one JSON file, from the form on the Personal data page.</summary>
public class DownloadPersonalDataModel(UserManager<AppUser> userManager, PersonalDataExport export, ILogger<DownloadPersonalDataModel> logger) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public IActionResult OnGet() => RedirectToPage("./PersonalData");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        logger.LogInformation("User {UserId} downloaded their personal data", user.Id);
        var data = await export.CollectAsync(user);
        return File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json", "CareerPlanner-personal-data.json");
    }
}
