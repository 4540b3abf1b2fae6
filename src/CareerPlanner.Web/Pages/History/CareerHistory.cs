using System.Linq.Expressions;
using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.History;

public sealed record AchievementLine(int Id, DateOnly Date, string What, string? Impact, bool OnResume);

public sealed record PositionRow(
    int Id, string Title, string Employer, string? Location, MonthOrYear Start, MonthOrYear? End, string? Description,
    IReadOnlyList<string> Highlights, string? Skills, bool OnResume, IReadOnlyList<AchievementLine> Achievements)
{
    public string Span => MonthOrYear.Span(Start, End, End is null);
}

public sealed record EducationRow(
    int Id, string Institution, string? Qualification, string? FieldOfStudy, MonthOrYear? Start, MonthOrYear? End, string? Notes, string? Skills, bool OnResume)
{
    public string Span => MonthOrYear.Span(Start, End, current: false);

    public string? Studied => Domain.Education.Studied(Qualification, FieldOfStudy);
}

public sealed record CertificationRow(int Id, string Name, string? Issuer, DateOnly? IssuedOn, DateOnly? ExpiresOn, string? CredentialUrl, string? CredentialId, bool OnResume);

public sealed record LanguageRow(int Id, string Name, LanguageProficiency Proficiency, bool OnResume);

/// <summary>The person's career history, newest first.</summary>
public sealed record HistoryView(
    IReadOnlyList<PositionRow> Positions, IReadOnlyList<EducationRow> Education, IReadOnlyList<CertificationRow> Certifications,
    IReadOnlyList<LanguageRow> Languages)
{
    public bool IsEmpty => Positions.Count == 0 && Education.Count == 0 && Certifications.Count == 0 && Languages.Count == 0;

    /// <summary>Every skill the positions and studies name, each once (ignoring case), newest first, as typed.</summary>
    public IEnumerable<string> SkillsNamed =>
        Positions.Select(p => p.Skills).Concat(Education.Select(e => e.Skills)).SelectMany(ContactRules.Tags).DistinctBy(Skill.Normalize);
}

public enum AssetKind
{
    Position = 1,
    Education = 2,
    Certification = 3,
    Language = 4,
}

/// <summary>One line of the career history as a plan's assets: a position, a course of study, a certification or a language.</summary>
public sealed record AssetLine(AssetKind Kind, int Id, string Name, string? Detail, string? Detail2, DateOnly? From, bool FromYearOnly, DateOnly? To, bool ToYearOnly)
{
    public MonthOrYear? Start => MonthOrYear.From(From, FromYearOnly);
    public MonthOrYear? End => MonthOrYear.From(To, ToYearOnly);

    /// <summary>A language's proficiency in words (the query reads it by its stored name).</summary>
    public string? Proficiency => Kind == AssetKind.Language && Enum.TryParse<LanguageProficiency>(Detail2, out var level) ? Language.Label(level) : null;
}

/// <summary>The career history in short, for the plan overview and its print.</summary>
public sealed record HistoryAssets(IReadOnlyList<AssetLine> Lines)
{
    public IEnumerable<AssetLine> Of(AssetKind kind) => Lines.Where(l => l.Kind == kind);
}

/// <summary>
/// Reads the career history (positions with their linked achievements, education, certifications, languages) for the
/// history page, the plan overview's assets and the résumé; and adds the skills it mentions to the inventory.
/// </summary>
public sealed class CareerHistory(AppDbContext db, UserClock clock)
{
    public async Task<HistoryView> LoadAsync(string userId)
    {
        var positions = await db.Positions.AsNoTracking().Where(p => p.UserId == userId)
            .OrderBy(p => p.EndedOn == null ? 0 : 1).ThenByDescending(p => p.EndedOn).ThenByDescending(p => p.StartedOn).ThenByDescending(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Title, p.Employer, p.Location, p.StartedOn, p.StartedYearOnly, p.EndedOn, p.EndedYearOnly, p.Description, p.Highlights, p.Skills, p.OnResume,
                Achievements = db.Achievements.Where(a => a.PositionId == p.Id).OrderByDescending(a => a.Date)
                    .Select(a => new AchievementLine(a.Id, a.Date, a.What, a.Impact, a.OnResume)).ToList(),
            }).ToListAsync();
        var education = await db.Education.AsNoTracking().Where(e => e.UserId == userId)
            .OrderByDescending(e => e.EndedOn ?? e.StartedOn).ThenByDescending(e => e.Id)
            .Select(e => new { e.Id, e.Institution, e.Qualification, e.FieldOfStudy, e.StartedOn, e.StartedYearOnly, e.EndedOn, e.EndedYearOnly, e.Notes, e.Skills, e.OnResume })
            .ToListAsync();
        var certifications = await db.Certifications.AsNoTracking().Where(c => c.UserId == userId)
            .OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id)
            .Select(c => new CertificationRow(c.Id, c.Name, c.Issuer, c.IssuedOn, c.ExpiresOn, c.CredentialUrl, c.CredentialId, c.OnResume)).ToListAsync();
        var languages = await db.Languages.AsNoTracking().Where(l => l.UserId == userId)
            .Select(l => new LanguageRow(l.Id, l.Name, l.Proficiency, l.OnResume)).ToListAsync();
        return new HistoryView(
            [.. positions.Select(p => new PositionRow(p.Id, p.Title, p.Employer, p.Location, new MonthOrYear(p.StartedOn, p.StartedYearOnly),
                MonthOrYear.From(p.EndedOn, p.EndedYearOnly), p.Description, Position.HighlightList(p.Highlights), p.Skills, p.OnResume, p.Achievements))],
            [.. education.Select(e => new EducationRow(e.Id, e.Institution, e.Qualification, e.FieldOfStudy, MonthOrYear.From(e.StartedOn, e.StartedYearOnly),
                MonthOrYear.From(e.EndedOn, e.EndedYearOnly), e.Notes, e.Skills, e.OnResume))],
            certifications, [.. languages.OrderByDescending(l => l.Proficiency).ThenBy(l => l.Name, StringComparer.CurrentCultureIgnoreCase)]);
    }

    /// <summary>The names that are not yet in the person's skills inventory (nor too long to be a skill).</summary>
    public async Task<IReadOnlyList<string>> NotInInventoryAsync(string userId, IEnumerable<string> names)
    {
        var known = await KnownSkillsAsync(userId);
        return [.. names.Where(name => name.Length <= Skill.NameMaxLength && !known.Contains(Skill.Normalize(name)))];
    }

    /// <summary>The history in short, newest first within each kind, from its rows (others are passed over).</summary>
    public static HistoryAssets AssetsFrom(IReadOnlyList<PersonRow> rows)
    {
        var lines = rows.Where(r => r.Part is PersonPart.Position or PersonPart.Education or PersonPart.Certification or PersonPart.Language)
            .Select(r => r.Part switch
            {
                PersonPart.Position => new AssetLine(AssetKind.Position, r.Id, r.Text!, r.Note, null, r.From, r.FromYearOnly, r.To, r.ToYearOnly),
                PersonPart.Education => new AssetLine(AssetKind.Education, r.Id, r.Text!, r.Note, r.Detail, r.From, r.FromYearOnly, r.To, r.ToYearOnly),
                PersonPart.Certification => new AssetLine(AssetKind.Certification, r.Id, r.Text!, r.Note, null, r.From, false, r.To, false),
                _ => new AssetLine(AssetKind.Language, r.Id, r.Text!, null, r.Kind, null, false, null, false),
            });
        return new HistoryAssets([.. lines.OrderBy(l => l.Kind).ThenBy(l => l.Kind == AssetKind.Position && l.To is null ? 0 : 1)
            .ThenByDescending(l => l.To ?? l.From).ThenByDescending(l => l.Id)]);
    }

    /// <summary>
    /// The four lists as rows of one shape (a language's proficiency as its stored name): one UNION ALL, which the plan
    /// overview reads with the rest of the person's assets (compiled there once: built and compared anew on every visit,
    /// an expression of many projections cost more than running it).
    /// </summary>
    public static readonly Expression<Func<AppDbContext, string, IQueryable<PersonRow>>> AssetRows =
        (db, userId) => db.Positions.AsNoTracking().Where(p => p.UserId == userId).Select(p => new PersonRow
            {
                Part = PersonPart.Position, Id = p.Id, Kind = null, Text = p.Title, Note = p.Employer, Detail = null, Number = null,
                From = p.StartedOn, FromYearOnly = p.StartedYearOnly, To = p.EndedOn, ToYearOnly = p.EndedYearOnly, Stamp = null,
            })
            .Concat(db.Education.Where(e => e.UserId == userId).Select(e => new PersonRow
            {
                Part = PersonPart.Education, Id = e.Id, Kind = null, Text = e.Institution, Note = e.Qualification, Detail = e.FieldOfStudy, Number = null,
                From = e.StartedOn, FromYearOnly = e.StartedYearOnly, To = e.EndedOn, ToYearOnly = e.EndedYearOnly, Stamp = null,
            }))
            .Concat(db.Certifications.Where(c => c.UserId == userId).Select(c => new PersonRow
            {
                Part = PersonPart.Certification, Id = c.Id, Kind = null, Text = c.Name, Note = c.Issuer, Detail = null, Number = null,
                From = c.IssuedOn, FromYearOnly = false, To = c.ExpiresOn, ToYearOnly = false, Stamp = null,
            }))
            .Concat(db.Languages.Where(l => l.UserId == userId).Select(l => new PersonRow
            {
                Part = PersonPart.Language, Id = l.Id, Kind = l.Proficiency.ToString(), Text = l.Name, Note = null, Detail = null, Number = null,
                From = null, FromYearOnly = false, To = null, ToYearOnly = false, Stamp = null,
            }));

    /// <summary>Adds skills to the inventory as "not yet rated", skipping any the person already has; returns how many were added.</summary>
    public async Task<int> AddSkillsAsync(string userId, IEnumerable<string> names, SkillCategory category)
    {
        var known = await KnownSkillsAsync(userId);
        var today = await clock.TodayAsync(userId);
        var added = 0;
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length is > 0 and <= Skill.NameMaxLength))
        {
            if (known.Add(Skill.Normalize(name)))
            {
                db.Skills.Add(Skill.NotYetRated(userId, name, category, today));
                added++;
            }
        }
        await db.SaveChangesAsync();
        return added;
    }

    private async Task<HashSet<string>> KnownSkillsAsync(string userId) =>
        (await db.Skills.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.NormalizedName).ToListAsync()).ToHashSet(StringComparer.Ordinal);
}
