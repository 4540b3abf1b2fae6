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

public sealed class SelfAssessmentSummary(AppDbContext db)
{
    public async Task<SelfAssessmentView> LoadAsync(string userId, string returnUrl)
    {
        var items = await db.SelfAssessmentItems.AsNoTracking().Where(i => i.UserId == userId)
            .OrderBy(i => i.Kind).ThenBy(i => i.Position).ThenBy(i => i.Id)
            .Select(i => new ItemRow(i.Id, i.Kind, i.Text, i.Note)).ToListAsync();
        var skills = await db.Skills.AsNoTracking().Where(s => s.UserId == userId)
            .OrderByDescending(s => s.Rating).ThenBy(s => s.Name)
            .Select(s => new SkillRow(s.Id, s.Name, s.Category, s.Rating, s.Evidence, s.UpdatedOn)).ToListAsync();
        var reflections = await db.Reflections.AsNoTracking().Where(r => r.UserId == userId)
            .Select(r => new ReflectionRow(r.Kind, r.Text)).ToListAsync();
        var latest = await db.InterestTestResults.AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.TakenAtUtc).FirstOrDefaultAsync();
        return new SelfAssessmentView(items, skills, reflections, latest?.Ranked, returnUrl);
    }
}
