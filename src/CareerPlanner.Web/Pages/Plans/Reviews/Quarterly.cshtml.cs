namespace CareerPlanner.Web.Pages.Plans.Reviews;

/// <summary>
/// The quarterly review page: one quarter of a plan at a glance, its review (or the way to start it) and the charts.
/// Without a year and quarter it goes to the current quarter in the person's time zone.
/// </summary>
public class QuarterlyModel(QuarterReport report) : PageModel
{
    public QuarterView Quarter { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, int? year, int? quarter)
    {
        if (year is null || quarter is null)
        {
            var current = await report.CurrentQuarterAsync(User.Id());
            return RedirectToPage(new { id, year = current.Start.Year, quarter = Quarters.Number(current.Start) });
        }
        if (ReviewPeriods.Quarter(year.Value, quarter.Value) is not { } range || await report.LoadAsync(User.Id(), id, range) is not { } view)
        {
            return NotFound();
        }
        Quarter = view;
        return Page();
    }
}
