using CareerPlanner.Web.Data.Backup;
using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Backup;

/// <summary>Everything the person has, as one backup file (docs/backup-format.md) that <c>/Account/Import</c> restores.</summary>
public class ExportModel(BackupWriter writer, UserClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var userId = User.Id();
        var file = await writer.EverythingAsync(userId);
        return File(file, "application/json", $"careerplanner-backup-{await clock.TodayAsync(userId):yyyy-MM-dd}.json");
    }
}
