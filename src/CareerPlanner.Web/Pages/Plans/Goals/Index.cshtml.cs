namespace CareerPlanner.Web.Pages.Plans.Goals;

/// <summary>The plan's goals under its vision, as a tree by horizon, then the closed and the removed ones.</summary>
public class IndexModel(AppDbContext db, GoalBoard board) : PageModel
{
    public sealed record PlanHeading(int Id, string Title, string? Vision);

    [TempData]
    public string? StatusMessage { get; set; }

    public PlanHeading Plan { get; private set; } = default!;
    public GoalBoardView Board { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.AsNoTracking().OwnedBy(User.Id()).Where(p => p.Id == id)
            .Select(p => new PlanHeading(p.Id, p.Title, p.VisionStatement)).SingleOrDefaultAsync();
        if (plan is null)
        {
            return NotFound();
        }
        Plan = plan;
        Board = await board.LoadAsync(User.Id(), id);
        return Page();
    }
}
