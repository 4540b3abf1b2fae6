using FluentValidation;

namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>One review of a shared plan as it was saved, what it said of each goal, and its comments.</summary>
public class ReviewModel(SharedPlans shared, IValidator<CommentInput> validator, MentorMail mail, TimeProvider time, AppDbContext db)
    : SharedThreadPageModel(shared, validator, mail, time)
{
    public sealed record ReviewView(ReviewKind Kind, DateOnly HeldOn, DateOnly PeriodStart, DateOnly PeriodEnd, int Satisfaction, string? WentWell,
        string? NextSteps, string? DoDifferently, CareerFit? CareerFit, string? CareerFitWhy, string? NewInformation);

    public sealed record NoteRow(string GoalTitle, string? Unit, double? Value, GoalJudgement? Judgement, string? Note);

    public ReviewView Review { get; private set; } = default!;
    public IReadOnlyList<NoteRow> Notes { get; private set; } = [];

    protected override string OwnersPage(int id) => $"/Plans/{id}/Reviews/{ReviewId}";

    protected override SharedParts Part => SharedParts.Reviews;

    protected override (int? GoalId, int? ReviewId) Thread => (null, ReviewId);

    public int ReviewId => Convert.ToInt32(RouteData.Values["reviewId"], System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task<bool> LoadAsync(SharedAccess access)
    {
        var review = await db.Reviews.AsNoTracking().Where(r => r.Id == ReviewId && r.PlanId == access.PlanId)
            .Select(r => new ReviewView(r.Kind, r.HeldOn, r.PeriodStart, r.PeriodEnd, r.Satisfaction, r.WentWell, r.NextSteps, r.DoDifferently, r.CareerFit, r.CareerFitWhy, r.NewInformation))
            .SingleOrDefaultAsync();
        if (review is null)
        {
            return false;
        }
        Review = review;
        Notes = await db.Set<ReviewGoalNote>().AsNoTracking().Where(n => n.ReviewId == ReviewId)
            .Join(db.Goals, n => n.GoalId, g => g.Id, (n, g) => new { n, g }).OrderBy(x => x.g.Title)
            .Select(x => new NoteRow(x.g.Title, x.g.Unit, x.n.Value, x.n.Judgement, x.n.Note)).ToListAsync();
        return true;
    }
}
