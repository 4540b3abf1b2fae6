namespace CareerPlanner.Web.Pages.Plans.Reviews;

public sealed record LatestReview(int Id, ReviewKind Kind, DateOnly PeriodStart, DateOnly HeldOn, int Satisfaction, string? NextSteps);

/// <summary>What the evaluation stage's hub shows: the latest review, what is due, and this quarter.</summary>
public sealed record ReviewHubView(int PlanId, LatestReview? Latest, IReadOnlyList<DueReview> Due, DateRange Quarter, CheckInCadence Cadence, Guid PlanVersion);

public sealed class ReviewHub(AppDbContext db, DueReviews dueReviews)
{
    /// <summary>The hub of a plan the caller has already checked is the person's.</summary>
    public async Task<ReviewHubView> LoadAsync(string userId, int planId)
    {
        var latest = await db.Reviews.AsNoTracking().Where(r => r.PlanId == planId).OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
            .Select(r => new LatestReview(r.Id, r.Kind, r.PeriodStart, r.HeldOn, r.Satisfaction, r.NextSteps)).FirstOrDefaultAsync();
        var cadence = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.CheckInCadence, p.Version }).SingleAsync();
        var plan = await dueReviews.ForPlanAsync(userId, planId);
        return new ReviewHubView(planId, latest, plan.Due, Quarters.Of(plan.Today), cadence.CheckInCadence, cadence.Version);
    }
}
