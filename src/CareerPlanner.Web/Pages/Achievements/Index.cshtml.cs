namespace CareerPlanner.Web.Pages.Achievements;

public sealed record AchievementRow(int Id, DateOnly Date, string What, string? Impact, IReadOnlyList<string> Goals);

/// <summary>Reads achievements with the goals they serve in one query, for the log and the action hub.</summary>
public sealed class AchievementLog(AppDbContext db)
{
    public async Task<IReadOnlyList<AchievementRow>> LatestAsync(string userId, int? take = null)
    {
        var rows = await LatestQuery(db, userId, take ?? int.MaxValue).ToListAsync();
        return [.. rows.GroupBy(r => r.Id)
            .Select(links =>
            {
                var a = links.First();
                return new AchievementRow(a.Id, a.Date, a.What, a.Impact, [.. links.Select(l => l.GoalTitle).OfType<string>()]);
            })
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)];
    }

    private sealed class Row
    {
        public int Id { get; init; }
        public DateOnly Date { get; init; }
        public required string What { get; init; }
        public string? Impact { get; init; }
        public string? GoalTitle { get; init; }
    }

    /// <summary>
    /// Compiled once: the latest achievements, one row per goal each is linked to (or one without), in one query. A goal's
    /// title is a scalar: a join of links and goals on the right of a LEFT JOIN is read whole by SQLite, everyone's links.
    /// </summary>
    private static readonly Func<AppDbContext, string, int, IAsyncEnumerable<Row>> LatestQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int take) =>
            from a in db.Achievements.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).Take(take)
            from l in db.Set<AchievementGoalLink>().Where(l => l.AchievementId == a.Id).DefaultIfEmpty()
            select new Row { Id = a.Id, Date = a.Date, What = a.What, Impact = a.Impact, GoalTitle = db.Goals.Where(g => g.Id == l.GoalId).Select(g => g.Title).FirstOrDefault() });
}

public class IndexModel(AchievementLog log) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<AchievementRow> Achievements { get; private set; } = [];

    public async Task OnGetAsync() => Achievements = await log.LatestAsync(User.Id());
}
