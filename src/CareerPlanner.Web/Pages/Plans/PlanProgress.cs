namespace CareerPlanner.Web.Pages.Plans;

/// <summary>
/// Counts what exists of plans and of their owner, for the stage checklists. A count whose section is not
/// built yet stays at zero, so its checklist item shows as not met rather than pretending.
/// </summary>
public sealed class PlanProgress(AppDbContext db)
{
    /// <summary>A plan's own fields (what a plan page heads with) and its stage-progress facts, read together.</summary>
    public sealed class PlanWithFacts
    {
        public int Id { get; init; }
        public required string Title { get; init; }
        public PlanStage Stage { get; init; }
        public bool IsArchived { get; init; }
        public Guid Version { get; init; }
        public string? Vision { get; init; }
        public string? BackupPlan { get; init; }
        public string? BackupTrigger { get; init; }

        /// <summary>The owner's display name, for the printed copy's heading.</summary>
        public string? OwnerName { get; init; }

        /// <summary>Whether anyone has commented on the plan itself (not on one of its goals or reviews).</summary>
        public bool HasPlanComments { get; init; }

        public required PlanFacts Facts { get; init; }
    }

    /// <summary>
    /// Compiled once: every plan page and the plans list read it, and its eleven counts make an expression that EF Core
    /// would otherwise build, walk and compare with the cached ones on every request. A plan page reads its plan with it,
    /// so the page's heading and its checklist cost one query.
    /// </summary>
    private static readonly Func<AppDbContext, string, int[], IAsyncEnumerable<PlanWithFacts>> FactsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int[] ids) => db.Plans.AsNoTracking().Where(p => p.OwnerId == userId && ids.Contains(p.Id))
            .Select(p => new PlanWithFacts
            {
                Id = p.Id, Title = p.Title, Stage = p.CurrentStage, IsArchived = p.IsArchived, Version = p.Version,
                Vision = p.VisionStatement, BackupPlan = p.BackupPlan, BackupTrigger = p.BackupTrigger,
                OwnerName = db.UserProfiles.Where(u => u.UserId == p.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                HasPlanComments = db.PlanComments.Any(c => c.PlanId == p.Id && c.GoalId == null && c.ReviewId == null),
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
            facts[row.Id] = row.Facts;
        }
        return facts;
    }

    /// <summary>The person's plan with its facts, or null when they have no plan of that id.</summary>
    public async Task<PlanWithFacts?> PlanAsync(string userId, int planId)
    {
        await foreach (var row in FactsQuery(db, userId, [planId]))
        {
            return row;
        }
        return null;
    }
}
