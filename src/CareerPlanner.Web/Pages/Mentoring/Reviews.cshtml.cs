namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>The check-ins and reviews of a shared plan, newest first.</summary>
public class ReviewsModel(SharedPlans shared, AppDbContext db)
    : SharedPageModel(shared)
{
    public IReadOnlyList<Plans.Reviews.IndexModel.ReviewRow> Reviews { get; private set; } = [];

    protected override string OwnersPage(int id) => $"/Plans/{id}/Reviews";

    protected override SharedParts Part => SharedParts.Reviews;

    protected override async Task<bool> LoadAsync(SharedAccess access)
    {
        Reviews = await db.Reviews.AsNoTracking().Where(r => r.PlanId == access.PlanId).OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
            .Select(r => new Plans.Reviews.IndexModel.ReviewRow(r.Id, r.Kind, r.HeldOn, r.PeriodStart, r.Satisfaction, r.CareerFit)).ToListAsync();
        return true;
    }
}
