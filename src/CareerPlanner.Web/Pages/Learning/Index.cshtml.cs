namespace CareerPlanner.Web.Pages.Learning;

/// <summary>The person's learning log: what they plan to learn, are learning and have learned.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record LearningRow(int Id, string Title, LearningKind Kind, LearningStatus Status, DateOnly? FinishedOn, string? Learned);

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<LearningRow> Items { get; private set; } = [];

    public async Task OnGetAsync() =>
        Items = await db.LearningItems.AsNoTracking().Where(i => i.UserId == User.Id())
            .OrderBy(i => i.Status == LearningStatus.InProgress ? 0 : i.Status == LearningStatus.Planned ? 1 : 2).ThenByDescending(i => i.FinishedOn).ThenBy(i => i.Title)
            .Select(i => new LearningRow(i.Id, i.Title, i.Kind, i.Status, i.FinishedOn, i.Learned)).ToListAsync();
}
