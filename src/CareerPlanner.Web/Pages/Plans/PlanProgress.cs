namespace CareerPlanner.Web.Pages.Plans;

/// <summary>
/// Counts what exists of plans and of their owner, for the stage checklists. A count whose section is not
/// built yet stays at zero, so its checklist item shows as not met rather than pretending.
/// </summary>
public sealed class PlanProgress(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<int, PlanFacts>> FactsForAsync(string userId, IEnumerable<int> planIds)
    {
        var ids = planIds.ToList();
        var plans = await db.Plans.AsNoTracking().OwnedBy(userId)
            .Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                HasVision = p.VisionStatement != null,
                Goals = db.Goals.Count(g => g.PlanId == p.Id),
                Actions = db.ActionItems.Count(a => a.PlanId == p.Id),
                Reviews = db.Reviews.Count(r => r.PlanId == p.Id),
                OptionsWithSkill = db.CareerOptions.Count(o => o.PlanId == p.Id && db.DemandedSkills.Any(d => d.CareerOptionId == o.Id)),
                Shortlisted = db.CareerOptions.Count(o => o.PlanId == p.Id
                    && (o.Status == CareerOptionStatus.Shortlisted || o.Status == CareerOptionStatus.ChosenTarget)),
                // The self-assessment belongs to the person, so every plan shares its counts (read in the same query).
                Strengths = db.SelfAssessmentItems.Count(i => i.UserId == p.OwnerId && i.Kind == SelfAssessmentKind.Strength),
                Weaknesses = db.SelfAssessmentItems.Count(i => i.UserId == p.OwnerId && i.Kind == SelfAssessmentKind.Weakness),
                Interests = db.SelfAssessmentItems.Count(i => i.UserId == p.OwnerId && i.Kind == SelfAssessmentKind.Interest),
                Values = db.SelfAssessmentItems.Count(i => i.UserId == p.OwnerId && i.Kind == SelfAssessmentKind.Value),
                RatedSkills = db.Skills.Count(s => s.UserId == p.OwnerId && s.Rating != null),
            })
            .ToListAsync();
        return plans.ToDictionary(p => p.Id, p => new PlanFacts
        {
            Strengths = p.Strengths,
            Weaknesses = p.Weaknesses,
            Interests = p.Interests,
            Values = p.Values,
            RatedSkills = p.RatedSkills,
            HasVisionStatement = p.HasVision,
            SmartGoals = p.Goals,
            ActionItems = p.Actions,
            Reviews = p.Reviews,
            CareerOptionsWithDemandedSkill = p.OptionsWithSkill,
            CareerOptionsShortlistedOrChosen = p.Shortlisted,
        });
    }

    public async Task<PlanFacts> FactsForAsync(string userId, int planId) =>
        (await FactsForAsync(userId, [planId])).GetValueOrDefault(planId) ?? new PlanFacts();
}
