namespace CareerPlanner.Web.Pages.Feedback.Requests;

public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record RequestRow(int Id, string Intro, bool IsAnonymous, DateOnly ExpiresOn, bool IsClosed, int Responses);

    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];

    public async Task OnGetAsync() =>
        Requests = await db.FeedbackRequests.AsNoTracking().Where(r => r.UserId == User.Id()).OrderByDescending(r => r.CreatedAtUtc)
            .Select(r => new RequestRow(r.Id, r.Intro, r.IsAnonymous, r.ExpiresOn, r.ClosedAtUtc != null,
                db.FeedbackResponses.Count(x => x.FeedbackRequestId == r.Id)))
            .ToListAsync();
}
