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
        var skills = await db.Skills.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.Rating, Covers = db.SkillCoverages.Where(c => c.SkillId == s.Id).Select(c => c.DemandedName).ToList() })
            .ToListAsync();
        return new InventoryView(
            [.. skills.Select(s => new InventorySkill(s.Id, s.Name, s.Rating))],
            [.. skills.SelectMany(s => s.Covers.Select(c => (c, s.Name, s.Rating ?? 0)))]);
    }

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
