using System.Text.RegularExpressions;
using CareerPlanner.Web.Data.Backup;
using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Backup;

/// <summary>One plan as a file in the backup format, with the person's items it refers to: to move it or hand it to a coach.</summary>
public partial class PlanFileModel(BackupWriter writer, UserClock clock, AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var userId = User.Id();
        var title = await db.Plans.Where(p => p.Id == id && p.OwnerId == userId).Select(p => p.Title).SingleOrDefaultAsync();
        if (title is null || await writer.PlanAsync(userId, id) is not { } file)
        {
            return NotFound();
        }
        var name = NotInFileNames().Replace(title.ToLowerInvariant(), "-").Trim('-');
        return File(file, "application/json", $"careerplanner-plan-{(name.Length > 0 ? name[..Math.Min(name.Length, 40)] : "plan")}-{await clock.TodayAsync(userId):yyyy-MM-dd}.json");
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotInFileNames();
}
