using CareerPlanner.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;

namespace CareerPlanner.Web.Pages.Feedback;

/// <summary>
/// The public page a feedback link opens, for people who never sign in. It shows the intro, the questions and the
/// name the owner chose to show — nothing else of the owner's. An expired or revoked link answers 410.
/// </summary>
[AllowAnonymous]
public class RespondModel(AppDbContext db, UserClock clock) : PageModel
{
    public sealed record QuestionView(int Id, string Text);

    public sealed record StrengthView(int Id, string Text);

    public sealed record RequestView(int Id, string Intro, string? ShownName, bool IsAnonymous, DateOnly ExpiresOn, DateTime? ClosedAtUtc);

    // A named binding: with no field of its own, an unnamed dictionary would fall back to binding every other field
    // of the form ("Ratings[3]" read as an answer whose key is "Ratings") and refuse the whole response.

    /// <summary>Question id → answer.</summary>
    [BindProperty(Name = nameof(Answers))]
    public Dictionary<int, string> Answers { get; set; } = [];

    /// <summary>Strength id → rating from 1 to 5.</summary>
    [BindProperty(Name = nameof(Ratings))]
    public Dictionary<int, int> Ratings { get; set; } = [];

    [BindProperty]
    public string? RespondentName { get; set; }

    public RequestView Ask { get; private set; } = default!;
    public IReadOnlyList<QuestionView> Questions { get; private set; } = [];
    public IReadOnlyList<StrengthView> Strengths { get; private set; } = [];
    public bool IsClosed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (!await LoadAsync(token))
        {
            return await WasRevokedAsync(token) ? Gone() : NotFound();
        }
        return IsClosed ? Gone() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (!await LoadAsync(token))
        {
            return await WasRevokedAsync(token) ? Gone() : NotFound();
        }
        if (IsClosed)
        {
            return Gone();
        }
        foreach (var question in Questions.Where(q => Answers.TryGetValue(q.Id, out var a) && a?.Length > FeedbackResponse.AnswerMaxLength))
        {
            ModelState.AddModelError($"Answers[{question.Id}]", $"Keep each answer to {FeedbackResponse.AnswerMaxLength} characters or fewer.");
        }
        foreach (var strength in Strengths.Where(s => Ratings.TryGetValue(s.Id, out var r) && r is < 1 or > 5))
        {
            ModelState.AddModelError($"Ratings[{strength.Id}]", "Choose a rating from 1 to 5, or leave it empty.");
        }
        if (!Ask.IsAnonymous && RespondentName?.Length > FeedbackResponse.NameMaxLength)
        {
            ModelState.AddModelError(nameof(RespondentName), $"Keep the name to {FeedbackResponse.NameMaxLength} characters or fewer.");
        }
        var answered = Questions.Where(q => !string.IsNullOrWhiteSpace(Answers.GetValueOrDefault(q.Id))).ToList();
        var rated = Strengths.Where(s => Ratings.ContainsKey(s.Id)).ToList();
        if (answered.Count == 0 && rated.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Answer at least one question or rate at least one strength before sending.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Only the date is kept, and for an anonymous request no name, so nobody can be picked out.
        var response = new FeedbackResponse(Ask.Id, Ask.IsAnonymous ? null : RespondentName, clock.Today(UserCalendar.Default));
        response.Answers.AddRange(answered.Select(q => new FeedbackAnswer(q.Id, Answers[q.Id])));
        response.Ratings.AddRange(rated.Select(s => new FeedbackRating(s.Id, Ratings[s.Id])));
        db.FeedbackResponses.Add(response);
        await db.SaveChangesAsync();
        return RedirectToPage("Thanks");
    }

    private async Task<bool> LoadAsync(string token)
    {
        var hash = LinkTokens.Hash(token);
        var request = await db.FeedbackRequests.AsNoTracking().Where(r => r.TokenHash == hash)
            .Select(r => new RequestView(r.Id, r.Intro, r.ShownName, r.IsAnonymous, r.ExpiresOn, r.ClosedAtUtc)).SingleOrDefaultAsync();
        if (request is null)
        {
            return false;
        }
        Ask = request;
        IsClosed = request.ClosedAtUtc is not null || clock.Today(UserCalendar.Default) > request.ExpiresOn;
        Questions = await db.Set<FeedbackQuestion>().AsNoTracking().Where(q => q.FeedbackRequestId == request.Id)
            .OrderBy(q => q.Position).Select(q => new QuestionView(q.Id, q.Text)).ToListAsync();
        Strengths = await db.Set<FeedbackStrength>().AsNoTracking().Where(s => s.FeedbackRequestId == request.Id)
            .OrderBy(s => s.Id).Select(s => new StrengthView(s.Id, s.Text)).ToListAsync();
        return true;
    }

    private async Task<bool> WasRevokedAsync(string token)
    {
        var hash = LinkTokens.Hash(token);
        IsClosed = await db.Set<RevokedFeedbackLink>().AnyAsync(l => l.TokenHash == hash);
        return IsClosed;
    }

    private PageResult Gone() => new() { StatusCode = StatusCodes.Status410Gone, ViewData = ViewData };
}
