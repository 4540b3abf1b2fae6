using System.Text;
using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Feedback.Requests;

/// <summary>
/// The owner's view of a request: its link (shown once), its answers and how others' ratings compare with their own.
/// An anonymous request shows neither answers nor averages until three people have replied.
/// </summary>
public class DetailsModel(AppDbContext db, UserClock clock) : PageModel
{
    public const string NewLinkKey = "FeedbackNewLink";

    public sealed record RequestView(int Id, string Intro, bool IsAnonymous, DateOnly ExpiresOn, DateTime? ClosedAtUtc, DateTime CreatedAtUtc);

    public sealed record ResponseView(string? Name, DateOnly ReceivedOn, IReadOnlyList<(string Question, string Answer)> Answers);

    [TempData(Key = NewLinkKey)]
    public string? NewLink { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public RequestView Ask { get; private set; } = default!;
    public bool IsOpen { get; private set; }
    public int ResponseCount { get; private set; }
    public int StillNeeded => Ask.IsAnonymous ? Math.Max(0, SelfVersusOthers.MinimumAnonymousResponses - ResponseCount) : 0;
    public IReadOnlyList<ResponseView> Responses { get; private set; } = [];
    public IReadOnlyList<SelfVersusOthersRow> Comparison { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int requestId) => await LoadAsync(requestId) ? Page() : NotFound();

    /// <summary>Revokes the current link and issues a new one, shown once.</summary>
    public async Task<IActionResult> OnPostNewLinkAsync(int requestId)
    {
        if (await OwnedAsync(requestId) is not { } request)
        {
            return NotFound();
        }
        var token = request.NewLink();
        await db.SaveChangesAsync();
        NewLink = Url.Page("/Feedback/Respond", null, new { token }, Request.Scheme);
        StatusMessage = "A new link was created; the old one no longer works.";
        return RedirectToPage(new { requestId });
    }

    public async Task<IActionResult> OnPostCloseAsync(int requestId)
    {
        if (await OwnedAsync(requestId) is not { } request)
        {
            return NotFound();
        }
        request.Close(clock.UtcNow);
        await db.SaveChangesAsync();
        StatusMessage = "Closed: the link no longer accepts answers. What you received is kept.";
        return RedirectToPage(new { requestId });
    }

    /// <summary>Copies the answers into the self-assessment's "what others have said" reflection.</summary>
    public async Task<IActionResult> OnPostCopyToReflectionAsync(int requestId)
    {
        if (!await LoadAsync(requestId))
        {
            return NotFound();
        }
        if (StillNeeded > 0 || Responses.Count == 0)
        {
            return RedirectToPage(new { requestId });
        }
        var userId = User.Id();
        var reflection = await db.Reflections.SingleOrDefaultAsync(r => r.UserId == userId && r.Kind == ReflectionKind.WhatOthersSaid);
        if (reflection is null)
        {
            reflection = new Reflection(userId, ReflectionKind.WhatOthersSaid);
            db.Reflections.Add(reflection);
        }
        var text = new StringBuilder(reflection.Text);
        text.AppendLine().AppendLine($"Feedback received {DateOnly.FromDateTime(Ask.CreatedAtUtc):d MMM yyyy}:");
        foreach (var (question, answer) in Responses.SelectMany(r => r.Answers))
        {
            text.AppendLine($"- {question} {answer}");
        }
        reflection.Write(text.ToString()[..Math.Min(text.Length, Reflection.TextMaxLength)], clock.UtcNow);
        await db.SaveChangesAsync();
        StatusMessage = "The answers were added to \"What others have said\" in your self-assessment.";
        return RedirectToPage(new { requestId });
    }

    private Task<FeedbackRequest?> OwnedAsync(int requestId) =>
        db.FeedbackRequests.Include(r => r.RevokedLinks).SingleOrDefaultAsync(r => r.Id == requestId && r.UserId == User.Id());

    private async Task<bool> LoadAsync(int requestId)
    {
        var request = await db.FeedbackRequests.AsNoTracking().Where(r => r.Id == requestId && r.UserId == User.Id())
            .Select(r => new RequestView(r.Id, r.Intro, r.IsAnonymous, r.ExpiresOn, r.ClosedAtUtc, r.CreatedAtUtc)).SingleOrDefaultAsync();
        if (request is null)
        {
            return false;
        }
        Ask = request;
        IsOpen = request.ClosedAtUtc is null && await clock.TodayAsync(User.Id()) <= request.ExpiresOn;
        var responses = await db.FeedbackResponses.AsNoTracking().Where(r => r.FeedbackRequestId == requestId)
            .OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id).Select(r => new { r.Id, r.RespondentName, r.ReceivedOn }).ToListAsync();
        ResponseCount = responses.Count;
        if (StillNeeded > 0)
        {
            return true; // nothing of the answers leaves the database until enough people have replied
        }
        var questions = await db.Set<FeedbackQuestion>().AsNoTracking().Where(q => q.FeedbackRequestId == requestId).ToDictionaryAsync(q => q.Id, q => q.Text);
        var responseIds = responses.Select(r => r.Id).ToList();
        var answers = await db.Set<FeedbackAnswer>().AsNoTracking().Where(a => responseIds.Contains(a.FeedbackResponseId))
            .Select(a => new { a.FeedbackResponseId, a.FeedbackQuestionId, a.Text }).ToListAsync();
        Responses = [.. responses.Select(r => new ResponseView(r.RespondentName, r.ReceivedOn,
            [.. answers.Where(a => a.FeedbackResponseId == r.Id).OrderBy(a => a.FeedbackQuestionId).Select(a => (questions[a.FeedbackQuestionId], a.Text))]))];
        var strengths = await db.Set<FeedbackStrength>().AsNoTracking().Where(s => s.FeedbackRequestId == requestId).OrderBy(s => s.Id).ToListAsync();
        var ratings = await db.Set<FeedbackRating>().AsNoTracking().Where(r => responseIds.Contains(r.FeedbackResponseId))
            .Select(r => new { r.FeedbackStrengthId, r.Rating }).ToListAsync();
        Comparison = [.. strengths.Select(s => SelfVersusOthers.Compare(s.Text, s.SelfRating,
            [.. ratings.Where(r => r.FeedbackStrengthId == s.Id).Select(r => r.Rating)]))];
        return true;
    }
}
