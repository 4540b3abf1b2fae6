using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Export;

/// <summary>One of the person's lists as a CSV file (<see cref="Spreadsheets"/>); an unknown list is a 404.</summary>
public class CsvModel(Spreadsheets spreadsheets, UserClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string list)
    {
        if (await spreadsheets.SheetAsync(User.Id(), list) is not { } sheet)
        {
            return NotFound();
        }
        var today = await clock.TodayAsync(User.Id());
        return File(Spreadsheets.Csv(sheet), "text/csv; charset=utf-8", $"careerplanner-{list}-{today:yyyy-MM-dd}.csv");
    }
}
