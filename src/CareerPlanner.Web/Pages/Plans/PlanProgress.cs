namespace CareerPlanner.Web.Pages.Plans;

/// <summary>
/// Counts what exists of plans and of their owner, for the stage checklists. A count whose section is not
/// built yet stays at zero, so its checklist item shows as not met rather than pretending.
/// </summary>
public sealed class PlanProgress(AppDbContext db)
{
    private sealed class FactsRow
    {
        public int PlanId { get; init; }
        public required PlanFacts Facts { get; init; }
    }

    /// <summary>
    /// Compiled once: every plan page and the plans list read it, and its eleven counts make an expression that EF Core
    /// would otherwise build, walk and compare with the cached ones on every request.
    /// </summary>
    private static readonly Func<AppDbContext, string, int[], IAsyncEnumerable<FactsRow>> FactsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int[] ids) => db.Plans.AsNoTracking().Where(p => p.OwnerId == userId && ids.Contains(p.Id))
            .Select(p => new FactsRow
            {
                PlanId = p.Id,
                Facts = new PlanFacts
                {
                    // The self-assessment belongs to the person, so every plan shares its counts (read in the same query).
                    Strengths = db.SelfAssessmentItems.Count(i => i.UserId == p.OwnerId && i.Kind == SelfAssessmentKind.Strength),
                    Weaknesses = db.SelfAssessmentItems.Count(i => i.UserId == p.OwnerId && i.Kind == SelfAssessmentKind.Weakness),
                    Interests = db.SelfAssessmentItems.Count(i => i.UserId == p.OwnerId && i.Kind == SelfAssessmentKind.Interest),
                    Values = db.SelfAssessmentItems.Count(i => i.UserId == p.OwnerId && i.Kind == SelfAssessmentKind.Value),
                    RatedSkills = db.Skills.Count(s => s.UserId == p.OwnerId && s.Rating != null),
                    HasVisionStatement = p.VisionStatement != null,
                    SmartGoals = db.Goals.Count(g => g.PlanId == p.Id),
                    ActionItems = db.ActionItems.Count(a => a.PlanId == p.Id),
                    Reviews = db.Reviews.Count(r => r.PlanId == p.Id),
                    CareerOptionsWithDemandedSkill = db.CareerOptions.Count(o => o.PlanId == p.Id && db.DemandedSkills.Any(d => d.CareerOptionId == o.Id)),
                    CareerOptionsShortlistedOrChosen = db.CareerOptions.Count(o => o.PlanId == p.Id
                        && (o.Status == CareerOptionStatus.Shortlisted || o.Status == CareerOptionStatus.ChosenTarget)),
                },
            }));

    public async Task<IReadOnlyDictionary<int, PlanFacts>> FactsForAsync(string userId, IEnumerable<int> planIds)
    {
        var facts = new Dictionary<int, PlanFacts>();
        await foreach (var row in FactsQuery(db, userId, [.. planIds]))
        {
            facts[row.PlanId] = row.Facts;
        }
        return facts;
    }

    public async Task<PlanFacts> FactsForAsync(string userId, int planId) =>
        (await FactsForAsync(userId, [planId])).GetValueOrDefault(planId) ?? new PlanFacts();
}
