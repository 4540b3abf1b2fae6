namespace CareerPlanner.Web.Pages.Plans.Reviews;

/// <summary>A plan's reviews and check-ins, newest first, with the ways to start the next one.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record ReviewRow(int Id, ReviewKind Kind, DateOnly HeldOn, DateOnly PeriodStart, int Satisfaction, CareerFit? CareerFit);

    [TempData]
    public string? StatusMessage { get; set; }

    public int PlanId { get; private set; }
    public string PlanTitle { get; private set; } = "";
    public IReadOnlyList<ReviewRow> Reviews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var title = await db.Plans.AsNoTracking().OwnedBy(User.Id()).Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync();
        if (title is null)
        {
            return NotFound();
        }
        (PlanId, PlanTitle) = (id, title);
        Reviews = await db.Reviews.AsNoTracking().Where(r => r.PlanId == id).OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
            .Select(r => new ReviewRow(r.Id, r.Kind, r.HeldOn, r.PeriodStart, r.Satisfaction, r.CareerFit)).ToListAsync();
        return Page();
    }
}
