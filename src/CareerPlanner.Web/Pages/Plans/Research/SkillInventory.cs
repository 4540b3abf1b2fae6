using System.Linq.Expressions;

namespace CareerPlanner.Web.Pages.Plans.Research;

public sealed record InventorySkill(int Id, string Name, int? Rating);

/// <summary>The person's skills and which demanded skills they said each covers, read in one query.</summary>
public sealed record InventoryView(IReadOnlyList<InventorySkill> Skills, IReadOnlyList<(string DemandedName, string SkillName, int Rating)> Covers)
{
    public IReadOnlyList<SkillGapRow> Gap(IEnumerable<(string Name, int RequiredLevel)> demanded) =>
        SkillGap.Calculate(demanded, Skills.Select(s => (s.Name, s.Rating ?? 0)), Covers);
}

/// <summary>
/// The skills inventory as the gap views read it, and the person's word that one of their skills covers a demanded
/// skill of another name: one cover per demanded name, for every option of every plan.
/// </summary>
public sealed class SkillInventory(AppDbContext db)
{
    public async Task<InventoryView> LoadAsync(string userId)
    {
        var rows = await RowsQuery(db, userId).ToListAsync();
        return new InventoryView(
            [.. rows.GroupBy(r => r.Id).Select(s => new InventorySkill(s.Key, s.First().Name, s.First().Rating))],
            [.. rows.Where(r => r.Covers is not null).Select(r => (r.Covers!, r.Name, r.Rating ?? 0))]);
    }

    /// <summary>
    /// The inventory from the person's rows: their skills (<see cref="SelfAssessment.SelfAssessmentSummary.Rows"/>) and
    /// which demanded names each covers (<see cref="CoverRows"/>), as the plan overview reads them with its other assets.
    /// </summary>
    public static InventoryView From(IReadOnlyList<PersonRow> rows)
    {
        var skills = rows.Where(r => r.Part == PersonPart.Skill).OrderBy(s => s.Text, StringComparer.Ordinal).ThenBy(s => s.Id)
            .Select(s => new InventorySkill(s.Id, s.Text!, (int?)s.Number)).ToList();
        var byId = skills.ToDictionary(s => s.Id);
        return new InventoryView(skills,
            [.. rows.Where(r => r.Part == PersonPart.SkillCover && byId.ContainsKey(r.Id)).Select(r => (r.Text!, byId[r.Id].Name, byId[r.Id].Rating ?? 0))]);
    }

    /// <summary>Which of the person's skills covers which demanded name, one row each: the skill's id and the name it covers.</summary>
    public static readonly Expression<Func<AppDbContext, string, IQueryable<PersonRow>>> CoverRows =
        (db, userId) =>
            from s in db.Skills.AsNoTracking().Where(s => s.UserId == userId)
            join c in db.SkillCoverages on s.Id equals c.SkillId
            select new PersonRow
            {
                Part = PersonPart.SkillCover, Id = s.Id, Kind = null, Text = c.DemandedName, Note = null, Detail = null, Number = null,
                From = null, FromYearOnly = false, To = null, ToYearOnly = false, Stamp = null,
            };

    private sealed class Row
    {
        public int Id { get; init; }
        public required string Name { get; init; }
        public int? Rating { get; init; }
        public string? Covers { get; init; }
    }

    /// <summary>
    /// Compiled once (the gap page and the option comparison read it on every visit): each skill, by name, once per demanded name
    /// it covers (or once without), as flat rows rather than a list in each row, which EF Core shapes row by row.
    /// </summary>
    private static readonly Func<AppDbContext, string, IAsyncEnumerable<Row>> RowsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId) =>
            from s in db.Skills.AsNoTracking().Where(s => s.UserId == userId)
            from c in db.SkillCoverages.Where(c => c.SkillId == s.Id).DefaultIfEmpty()
            orderby s.Name, s.Id
            select new Row { Id = s.Id, Name = s.Name, Rating = s.Rating, Covers = c.DemandedName });

    /// <summary>Says that the person's skill covers the demanded name (replacing what covered it before); false when the skill is not theirs.</summary>
    public async Task<bool> CoverAsync(string userId, int skillId, string demandedName)
    {
        if (string.IsNullOrWhiteSpace(demandedName) || demandedName.Trim().Length > SkillCoverage.NameMaxLength ||
            !await db.Skills.AnyAsync(s => s.Id == skillId && s.UserId == userId))
        {
            return false;
        }
        await UncoverAsync(userId, demandedName);
        db.SkillCoverages.Add(new SkillCoverage(skillId, demandedName));
        await db.SaveChangesAsync();
        return true;
    }

    public async Task UncoverAsync(string userId, string demandedName)
    {
        var normalized = Skill.Normalize(demandedName);
        await db.SkillCoverages.Where(c => c.NormalizedDemandedName == normalized && db.Skills.Any(s => s.Id == c.SkillId && s.UserId == userId))
            .ExecuteDeleteAsync();
    }
}
