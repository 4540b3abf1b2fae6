namespace CareerPlanner.Web.Pages.SelfAssessment;

public sealed record ItemRow(int Id, SelfAssessmentKind Kind, string Text, string? Note);

public sealed record SkillRow(int Id, string Name, SkillCategory Category, int? Rating, string? Evidence, DateOnly UpdatedOn);

public sealed record ReflectionRow(ReflectionKind Kind, string? Text);

/// <summary>Everything the person has entered in their self-assessment, for the stage hub, its own page and the plan overview.</summary>
public sealed record SelfAssessmentView(
    IReadOnlyList<ItemRow> Items,
    IReadOnlyList<SkillRow> Skills,
    IReadOnlyList<ReflectionRow> Reflections,
    IReadOnlyList<AreaScore>? LatestInterests,
    string ReturnUrl)
{
    public IEnumerable<ItemRow> Of(SelfAssessmentKind kind) => Items.Where(i => i.Kind == kind);

    public string? ReflectionOf(ReflectionKind kind) => Reflections.FirstOrDefault(r => r.Kind == kind)?.Text;
}

/// <summary>
/// Reads the self-assessment in two queries: its items, skills and reflections as one UNION ALL of rows of the same
/// shape (each kind as the name the database stores, parsed back here; put in order here, so SQLite and PostgreSQL
/// agree: unrated skills last, names by their characters), and the latest interest test.
/// </summary>
public sealed class SelfAssessmentSummary(AppDbContext db)
{
    private enum Source
    {
        Item = 1,
        Skill = 2,
        Reflection = 3,
    }

    private sealed class Row
    {
        public Source Source { get; init; }
        public int Id { get; init; }
        public required string Kind { get; init; }
        public string? Text { get; init; }
        public string? Note { get; init; }
        public int? Number { get; init; }
        public DateOnly? UpdatedOn { get; init; }
    }

    /// <summary>Compiled once: the overview and the self-assessment's pages read it on every visit.</summary>
    private static readonly Func<AppDbContext, string, IAsyncEnumerable<Row>> RowsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId) => db.SelfAssessmentItems.AsNoTracking().Where(i => i.UserId == userId)
            .Select(i => new Row
            {
                Source = Source.Item, Id = i.Id, Kind = i.Kind.ToString(), Text = i.Text, Note = i.Note, Number = i.Position, UpdatedOn = null,
            })
            .Concat(db.Skills.Where(s => s.UserId == userId)
                .Select(s => new Row
                {
                    Source = Source.Skill, Id = s.Id, Kind = s.Category.ToString(), Text = s.Name, Note = s.Evidence, Number = s.Rating, UpdatedOn = s.UpdatedOn,
                }))
            .Concat(db.Reflections.Where(r => r.UserId == userId)
                .Select(r => new Row
                {
                    Source = Source.Reflection, Id = r.Id, Kind = r.Kind.ToString(), Text = r.Text, Note = null, Number = null, UpdatedOn = null,
                })));

    /// <summary>Compiled once, for the same reason.</summary>
    private static readonly Func<AppDbContext, string, Task<InterestTestResult?>> LatestInterestTestQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId) => db.InterestTestResults.AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.TakenAtUtc).FirstOrDefault());

    public async Task<SelfAssessmentView> LoadAsync(string userId, string returnUrl)
    {
        var rows = await RowsQuery(db, userId).ToListAsync();
        var items = rows.Where(r => r.Source == Source.Item).OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Number).ThenBy(i => i.Id)
            .Select(i => new ItemRow(i.Id, Enum.Parse<SelfAssessmentKind>(i.Kind), i.Text!, i.Note)).ToList();
        var skills = rows.Where(r => r.Source == Source.Skill).OrderByDescending(s => s.Number).ThenBy(s => s.Text, StringComparer.Ordinal)
            .Select(s => new SkillRow(s.Id, s.Text!, Enum.Parse<SkillCategory>(s.Kind), s.Number, s.Note, s.UpdatedOn!.Value)).ToList();
        var reflections = rows.Where(r => r.Source == Source.Reflection).Select(r => new ReflectionRow(Enum.Parse<ReflectionKind>(r.Kind), r.Text)).ToList();
        var latest = await LatestInterestTestQuery(db, userId);
        return new SelfAssessmentView(items, skills, reflections, latest?.Ranked, returnUrl);
    }
}
