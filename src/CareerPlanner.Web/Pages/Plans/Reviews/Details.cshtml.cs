namespace CareerPlanner.Web.Pages.Plans.Reviews;

/// <summary>One review as it was saved: its answers, what it said of each goal and the adjustments it made.</summary>
public class DetailsModel(AppDbContext db, Mentoring.SharedPlans shared) : PageModel
{
    public sealed record ReviewView(
        int Id, int PlanId, string PlanTitle, ReviewKind Kind, DateOnly HeldOn, DateOnly PeriodStart, DateOnly PeriodEnd, int Satisfaction, string? WentWell,
        string? NextSteps, string? DoDifferently, CareerFit? CareerFit, string? CareerFitWhy, string? NewInformation, DateTime CreatedAtUtc, DateTime UpdatedAtUtc);

    public sealed record NoteRow(int GoalId, string GoalTitle, string? Unit, double? Value, GoalJudgement? Judgement, string? Note);

    public sealed record EditRow(DateTime ChangedAtUtc, string Field, string? OldValue, string? NewValue);

    public sealed record AdjustmentRow(int GoalId, string GoalTitle, string Field, string? OldValue, string? NewValue, string? Reason);

    [TempData]
    public string? StatusMessage { get; set; }

    public ReviewView Review { get; private set; } = default!;
    public IReadOnlyList<NoteRow> Notes { get; private set; } = [];
    public IReadOnlyList<AdjustmentRow> Adjustments { get; private set; } = [];
    public IReadOnlyList<EditRow> Edits { get; private set; } = [];

    /// <summary>What mentors and the owner wrote about this review.</summary>
    public Mentoring.CommentThread Comments { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, int reviewId)
    {
        var review = await db.Reviews.AsNoTracking().InPlan(db.Plans, id, User.Id()).Where(r => r.Id == reviewId)
            .Select(r => new ReviewView(r.Id, r.PlanId, db.Plans.Where(p => p.Id == r.PlanId).Select(p => p.Title).First(), r.Kind, r.HeldOn, r.PeriodStart,
                r.PeriodEnd, r.Satisfaction, r.WentWell, r.NextSteps, r.DoDifferently, r.CareerFit, r.CareerFitWhy, r.NewInformation, r.CreatedAtUtc, r.UpdatedAtUtc))
            .SingleOrDefaultAsync();
        if (review is null)
        {
            return NotFound();
        }
        Review = review;
        Notes = await db.Set<ReviewGoalNote>().AsNoTracking().Where(n => n.ReviewId == reviewId)
            .Join(db.Goals, n => n.GoalId, g => g.Id, (n, g) => new { n, g }).OrderBy(x => x.g.Title)
            .Select(x => new NoteRow(x.g.Id, x.g.Title, x.g.Unit, x.n.Value, x.n.Judgement, x.n.Note)).ToListAsync();
        Adjustments = await db.GoalChanges.AsNoTracking().Where(c => c.PlanId == id && c.ReviewId == reviewId).OrderBy(c => c.ChangedAtUtc).ThenBy(c => c.Id)
            .Select(c => new AdjustmentRow(c.GoalId, c.GoalTitle, c.Field, c.OldValue, c.NewValue, c.Reason)).ToListAsync();
        Edits = await db.Set<ReviewChange>().AsNoTracking().Where(c => c.ReviewId == reviewId).OrderByDescending(c => c.ChangedAtUtc).ThenByDescending(c => c.Id)
            .Select(c => new EditRow(c.ChangedAtUtc, c.Field, c.OldValue, c.NewValue)).ToListAsync();
        Comments = new Mentoring.CommentThread(await shared.CommentsAsync(User.Id(), id, reviewId: reviewId), ForOwner: true, id, ReviewId: reviewId);
        return Page();
    }
}
