using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Plans;

public class IndexModel(AppDbContext db, PlanProgress progress, UserClock clock) : PageModel
{
    public sealed record PlanRow(int Id, string Title, PlanStage Stage, int StagesDone, DateTime UpdatedLocal);

    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<PlanRow> Plans { get; private set; } = [];
    public int ArchivedCount { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = User.Id();
        var plans = await db.Plans.AsNoTracking().OwnedBy(userId)
            .Where(p => p.IsArchived == Archived)
            .OrderByDescending(p => p.UpdatedAtUtc)
            .Select(p => new { p.Id, p.Title, p.CurrentStage, p.UpdatedAtUtc })
            .ToListAsync();
        ArchivedCount = Archived ? plans.Count : await db.Plans.OwnedBy(userId).CountAsync(p => p.IsArchived);
        var facts = await progress.FactsForAsync(userId, plans.Select(p => p.Id));
        var calendar = await clock.CalendarAsync(userId);
        Plans = [.. plans.Select(p => new PlanRow(p.Id, p.Title, p.CurrentStage,
            StageChecklist.DoneCount(facts[p.Id]), calendar.ToLocal(p.UpdatedAtUtc)))];
    }
}
