using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Learning;

/// <summary>After finishing a learning item: re-rate the skills it built (each rating may only go up here).</summary>
public class RaiseSkillsModel(AppDbContext db, UserClock clock) : PageModel
{
    public sealed record SkillRow(int Id, string Name, int? Rating);

    /// <summary>Skill id → the new rating.</summary>
    [BindProperty]
    public Dictionary<int, int> Ratings { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public string ItemTitle { get; private set; } = "";
    public IReadOnlyList<SkillRow> Skills { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int learningId) => await LoadAsync(learningId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int learningId)
    {
        if (!await LoadAsync(learningId))
        {
            return NotFound();
        }
        var userId = User.Id();
        var ids = Skills.Select(s => s.Id).ToList();
        var skills = await db.Skills.Where(s => s.UserId == userId && ids.Contains(s.Id)).ToListAsync();
        var today = await clock.TodayAsync(userId);
        var raised = 0;
        foreach (var skill in skills)
        {
            if (Ratings.TryGetValue(skill.Id, out var rating) && rating > (skill.Rating ?? 0) && rating >= Skill.MinRating && rating <= Skill.MaxRating)
            {
                skill.Update(skill.Name, skill.Category, rating, skill.Evidence, today);
                raised++;
            }
        }
        await db.SaveChangesAsync();
        StatusMessage = raised == 0 ? "Ratings kept as they were." : $"{Words.Count(raised, "skill rating")} raised.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int learningId)
    {
        var userId = User.Id();
        var title = await db.LearningItems.AsNoTracking().Where(i => i.Id == learningId && i.UserId == userId).Select(i => i.Title).SingleOrDefaultAsync();
        if (title is null)
        {
            return false;
        }
        ItemTitle = title;
        Skills = await db.Skills.AsNoTracking()
            .Where(s => s.UserId == userId && db.Set<LearningSkillLink>().Any(l => l.LearningItemId == learningId && l.SkillId == s.Id))
            .OrderBy(s => s.Name).Select(s => new SkillRow(s.Id, s.Name, s.Rating)).ToListAsync();
        return true;
    }
}
