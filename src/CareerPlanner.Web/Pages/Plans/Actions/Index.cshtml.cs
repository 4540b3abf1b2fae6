namespace CareerPlanner.Web.Pages.Plans.Actions;

public class IndexModel(AppDbContext db, ActionBoard board) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public string PlanTitle { get; private set; } = "";
    public ActionBoardView Board { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var title = await db.Plans.AsNoTracking().OwnedBy(User.Id()).Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync();
        if (title is null)
        {
            return NotFound();
        }
        PlanTitle = title;
        Board = await board.LoadAsync(User.Id(), id);
        return Page();
    }
}
