namespace CareerPlanner.Web.Pages.Plans.Reviews;

/// <summary>Deletes a review after confirmation; the readings and goal changes it made stay (they are the plan's record).</summary>
public class DeleteModel(AppDbContext db)
    : DeletePageModel<Review, DeleteModel.ReviewSummary>(db, r => new ReviewSummary(r.Kind, r.PeriodStart), _ => "Review deleted.")
{
    public sealed record ReviewSummary(ReviewKind Kind, DateOnly PeriodStart)
    {
        public string Title => ReviewText.Name(Kind, PeriodStart);
    }

    protected override IQueryable<Review> Row(string userId) => Db.Reviews.InPlan(Db.Plans, Route("id"), userId).Where(r => r.Id == Route("reviewId"));

    protected override IActionResult AfterDelete() => RedirectToPage("Index", new { id = Route("id") });
}
