using FluentValidation;
using CareerPlanner.Web.Pages.Mentoring;

namespace CareerPlanner.Web.Pages.Plans.Comments;

/// <summary>Every comment on the plan, its goals and its reviews; the owner's reply form posts here from each of those pages.</summary>
public class IndexModel(AppDbContext db, SharedPlans shared, IValidator<CommentInput> validator, MentorMail mail, TimeProvider time) : PageModel
{
    public sealed record Group(string Title, string? Url, CommentThread Thread);

    [BindProperty]
    public CommentInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string PlanTitle { get; private set; } = "";
    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int? goalId, int? reviewId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if ((goalId is { } g && !await db.Goals.AnyAsync(x => x.Id == g && x.PlanId == id))
            || (reviewId is { } r && !await db.Reviews.AnyAsync(x => x.Id == r && x.PlanId == id)))
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        shared.Add(new PlanComment(id, goalId, reviewId, User.Id(), byOwner: true, Input.Text!, time.GetUtcNow().UtcDateTime));
        await shared.SaveAsync();
        await mail.TrySendAsync(id);
        StatusMessage = "Comment saved. Your mentors see it where it was written.";
        var back = goalId is not null ? Url.Page("/Plans/Goals/Details", new { id, goalId })
            : reviewId is not null ? Url.Page("/Plans/Reviews/Details", new { id, reviewId })
            : Url.Page("/Plans/Details", new { id });
        return LocalRedirect($"{back}#comments");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var title = await db.Plans.AsNoTracking().OwnedBy(User.Id()).Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync();
        if (title is null)
        {
            return false;
        }
        PlanTitle = title;
        var userId = User.Id();
        // Every thread's comments in one query, whatever the number of threads.
        var all = await shared.AllCommentsAsync(userId, id);
        IReadOnlyList<CommentView> Thread(int? goalId, int? reviewId) => [.. all.Where(c => c.GoalId == goalId && c.ReviewId == reviewId)];
        var planComments = Thread(null, null);
        var about = await db.PlanComments.AsNoTracking().Where(c => c.PlanId == id && (c.GoalId != null || c.ReviewId != null))
            .Select(c => new
            {
                c.GoalId, c.ReviewId,
                Goal = db.Goals.Where(x => x.Id == c.GoalId).Select(x => x.Title).FirstOrDefault(),
                // Scalars, not one FirstOrDefault of two columns (which becomes a window over every review of everyone).
                ReviewKind = db.Reviews.Where(x => x.Id == c.ReviewId).Select(x => (ReviewKind?)x.Kind).FirstOrDefault(),
                ReviewPeriod = db.Reviews.Where(x => x.Id == c.ReviewId).Select(x => (DateOnly?)x.PeriodStart).FirstOrDefault(),
            })
            .Distinct().ToListAsync();
        var groups = new List<Group> { new("The plan", Url.Page("/Plans/Details", new { id }), new CommentThread(planComments, ForOwner: true, id)) };
        foreach (var thread in about)
        {
            var comments = Thread(thread.GoalId, thread.ReviewId);
            groups.Add(thread.GoalId is { } goalId
                ? new Group($"Goal: {thread.Goal}", Url.Page("/Plans/Goals/Details", new { id, goalId }), new CommentThread(comments, true, id, GoalId: goalId))
                : new Group(ReviewText.Name(thread.ReviewKind!.Value, thread.ReviewPeriod!.Value), Url.Page("/Plans/Reviews/Details", new { id, reviewId = thread.ReviewId }),
                    new CommentThread(comments, true, id, ReviewId: thread.ReviewId)));
        }
        Groups = groups;
        return true;
    }
}
