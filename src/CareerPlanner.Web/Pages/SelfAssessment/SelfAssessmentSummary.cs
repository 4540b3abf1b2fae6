using System.Linq.Expressions;

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
/// Reads the self-assessment in one query: its items, skills and reflections and the latest interest test's six scores as
/// one UNION ALL of <see cref="PersonRow"/>s (each kind as the name the database stores, parsed back here; put in order
/// here, so SQLite and PostgreSQL agree: unrated skills last, names by their characters). The plan overview reads the
/// same rows in its query of the person's assets.
/// </summary>
public sealed class SelfAssessmentSummary(AppDbContext db)
{
    /// <summary>The interest areas by number, crossed with the latest test to read each of its six scores as a row.</summary>
    private static readonly int[] AreaNumbers = [.. InterestTest.Areas.Select(a => (int)a)];

    /// <summary>The self-assessment's rows: an item's position, a skill's rating and an interest area's score are the <see cref="PersonRow.Number"/>.</summary>
    public static readonly Expression<Func<AppDbContext, string, IQueryable<PersonRow>>> Rows =
        (db, userId) => db.SelfAssessmentItems.AsNoTracking().Where(i => i.UserId == userId)
            .Select(i => new PersonRow
            {
                Part = PersonPart.Item, Id = i.Id, Kind = i.Kind.ToString(), Text = i.Text, Note = i.Note, Detail = null, Number = i.Position,
                From = null, FromYearOnly = false, To = null, ToYearOnly = false, Stamp = null,
            })
            .Concat(db.Skills.Where(s => s.UserId == userId).Select(s => new PersonRow
            {
                Part = PersonPart.Skill, Id = s.Id, Kind = s.Category.ToString(), Text = s.Name, Note = s.Evidence, Detail = null, Number = s.Rating,
                From = s.UpdatedOn, FromYearOnly = false, To = null, ToYearOnly = false, Stamp = null,
            }))
            .Concat(db.Reflections.Where(r => r.UserId == userId).Select(r => new PersonRow
            {
                Part = PersonPart.Reflection, Id = r.Id, Kind = r.Kind.ToString(), Text = r.Text, Note = null, Detail = null, Number = null,
                From = null, FromYearOnly = false, To = null, ToYearOnly = false, Stamp = null,
            }))
            .Concat(
                from r in db.InterestTestResults.Where(r => r.UserId == userId).OrderByDescending(r => r.TakenAtUtc).ThenByDescending(r => r.Id).Take(1)
                from area in AreaNumbers.AsQueryable()
                select new PersonRow
                {
                    Part = PersonPart.InterestScore, Id = area, Kind = null, Text = null, Note = null, Detail = null,
                    Number = area == (int)InterestArea.HandsOn ? r.HandsOn : area == (int)InterestArea.Investigative ? r.Investigative
                        : area == (int)InterestArea.Creative ? r.Creative : area == (int)InterestArea.Helping ? r.Helping
                        : area == (int)InterestArea.Leading ? r.Leading : r.Organising,
                    From = null, FromYearOnly = false, To = null, ToYearOnly = false, Stamp = null,
                });

    /// <summary>Compiled once: the self-assessment's pages read it on every visit.</summary>
    private static readonly Func<AppDbContext, string, IAsyncEnumerable<PersonRow>> RowsQuery = EF.CompileAsyncQuery(Rows);

    public async Task<SelfAssessmentView> LoadAsync(string userId, string returnUrl) => From(await RowsQuery(db, userId).ToListAsync(), returnUrl);

    /// <summary>The self-assessment from its rows (others are passed over).</summary>
    public static SelfAssessmentView From(IReadOnlyList<PersonRow> rows, string returnUrl)
    {
        var items = rows.Where(r => r.Part == PersonPart.Item).OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Number).ThenBy(i => i.Id)
            .Select(i => new ItemRow(i.Id, Enum.Parse<SelfAssessmentKind>(i.Kind!), i.Text!, i.Note)).ToList();
        var skills = rows.Where(r => r.Part == PersonPart.Skill).OrderByDescending(s => s.Number).ThenBy(s => s.Text, StringComparer.Ordinal)
            .Select(s => new SkillRow(s.Id, s.Text!, Enum.Parse<SkillCategory>(s.Kind!), (int?)s.Number, s.Note, s.From!.Value)).ToList();
        var reflections = rows.Where(r => r.Part == PersonPart.Reflection).Select(r => new ReflectionRow(Enum.Parse<ReflectionKind>(r.Kind!), r.Text)).ToList();
        var scores = rows.Where(r => r.Part == PersonPart.InterestScore).Select(r => new AreaScore((InterestArea)r.Id, r.Number!.Value)).ToList();
        return new SelfAssessmentView(items, skills, reflections, scores.Count == 0 ? null : InterestTest.Rank(scores), returnUrl);
    }
}
