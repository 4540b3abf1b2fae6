namespace CareerPlanner.Web.Pages.Achievements;

public sealed record AchievementRow(int Id, DateOnly Date, string What, string? Impact, IReadOnlyList<string> Goals);

/// <summary>Reads achievements with the goals they serve in two queries, for the log and the action hub.</summary>
public sealed class AchievementLog(AppDbContext db)
{
    public async Task<IReadOnlyList<AchievementRow>> LatestAsync(string userId, int? take = null)
    {
        var query = db.Achievements.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id);
        // One query: each achievement with the titles of the goals it is linked to (a goal's title as a scalar: a join of
        // links and goals on the right of a LEFT JOIN is read whole by SQLite, everyone's links).
        var rows = await (take is { } n ? query.Take(n) : query).Select(a => new
        {
            a.Id, a.Date, a.What, a.Impact,
            Goals = db.Set<AchievementGoalLink>().Where(l => l.AchievementId == a.Id).Select(l => db.Goals.Where(g => g.Id == l.GoalId).Select(g => g.Title).First()).ToList(),
        }).ToListAsync();
        return [.. rows.Select(r => new AchievementRow(r.Id, r.Date, r.What, r.Impact, r.Goals))];
    }
}

public class IndexModel(AchievementLog log) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<AchievementRow> Achievements { get; private set; } = [];

    public async Task OnGetAsync() => Achievements = await log.LatestAsync(User.Id());
}
