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

    private sealed class Row
    {
        public required string PlanTitle { get; init; }
        public int? Id { get; init; }
        public ReviewKind? Kind { get; init; }
        public DateOnly? HeldOn { get; init; }
        public DateOnly? PeriodStart { get; init; }
        public int? Satisfaction { get; init; }
        public CareerFit? CareerFit { get; init; }
    }

    /// <summary>
    /// The person's plan with its reviews, newest first, as flat rows (one with no review when there is none), in one
    /// query compiled once; the owner condition is Ownership.OwnedBy's.
    /// </summary>
    private static readonly Func<AppDbContext, string, int, IAsyncEnumerable<Row>> Query = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int planId) =>
            from p in db.Plans.AsNoTracking().Where(p => p.Id == planId && p.OwnerId == userId)
            from r in db.Reviews.Where(r => r.PlanId == p.Id && r.PlanId == planId).DefaultIfEmpty()
            orderby r.HeldOn descending, r.Id descending
            select new Row
            {
                PlanTitle = p.Title, Id = (int?)r.Id, Kind = (ReviewKind?)r.Kind, HeldOn = (DateOnly?)r.HeldOn, PeriodStart = (DateOnly?)r.PeriodStart,
                Satisfaction = (int?)r.Satisfaction,
                CareerFit = r.CareerFit,
            });

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var rows = await Query(db, User.Id(), id).ToListAsync();
        if (rows.Count == 0)
        {
            return NotFound();
        }
        (PlanId, PlanTitle) = (id, rows[0].PlanTitle);
        Reviews = [.. rows.Where(r => r.Id is not null).Select(r => new ReviewRow(r.Id!.Value, r.Kind!.Value, r.HeldOn!.Value, r.PeriodStart!.Value, r.Satisfaction!.Value, r.CareerFit))];
        return Page();
    }
}
