using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Profile;

public sealed class InterestTestInput
{
    /// <summary>Question number (from 1) → answer from 1 to 5.</summary>
    public Dictionary<int, int> Answers { get; set; } = [];
}

public sealed class InterestTestInputValidator : AbstractValidator<InterestTestInput>
{
    public InterestTestInputValidator() =>
        RuleFor(x => x.Answers).Custom((answers, context) =>
        {
            foreach (var number in InterestTest.Unanswered(answers))
            {
                var question = InterestTest.Questions[number - 1];
                context.AddFailure($"Answers[{number}]", $"Answer statement {number}: \"{question.Statement}\"");
            }
        });
}

/// <summary>The interest self-test, its latest ranked result, and the change since the time before.</summary>
public class InterestTestModel(AppDbContext db, IValidator<InterestTestInput> validator, UserClock clock, Occupations.OccupationCatalogue catalogue) : PageModel
{
    public sealed record ResultView(int Id, DateOnly TakenOn, IReadOnlyList<AreaScore> Ranked);

    [BindProperty]
    public InterestTestInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The plan hub the test was opened from, carried through saving so the way back stays on the page.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public ResultView? Latest { get; private set; }
    public ResultView? Previous { get; private set; }

    /// <summary>The job zone (1–5) the suggestions are limited to; any when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Zone { get; set; }

    public string? Release { get; private set; }
    public IReadOnlyList<JobZone> JobZones { get; private set; } = [];
    public IReadOnlyList<Occupations.OccupationSuggestion> Suggestions { get; private set; } = [];

    public async Task OnGetAsync() => await LoadResultsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            await LoadResultsAsync();
            return Page();
        }
        var userId = User.Id();
        var today = await clock.TodayAsync(userId);
        db.InterestTestResults.Add(new InterestTestResult(userId, InterestTest.Score(Input.Answers), clock.UtcNow, today));
        await db.SaveChangesAsync();
        StatusMessage = "Your result is below. Earlier results are kept, so you can see how your interests change.";
        return RedirectToPage(null, null, new { returnUrl = ReturnUrl }, "result");
    }

    /// <summary>Adds the two top areas of the latest result to the person's interests (once each).</summary>
    public async Task<IActionResult> OnPostAddInterestsAsync()
    {
        await LoadResultsAsync();
        if (Latest is null)
        {
            return RedirectToPage(new { returnUrl = ReturnUrl });
        }
        var userId = User.Id();
        var existing = await db.SelfAssessmentItems.Where(i => i.UserId == userId && i.Kind == SelfAssessmentKind.Interest)
            .Select(i => new { i.Text, i.Position }).ToListAsync();
        var position = existing.Count == 0 ? 0 : existing.Max(i => i.Position);
        var added = new List<string>();
        foreach (var area in Latest.Ranked.Take(2).Select(s => s.Area))
        {
            var text = $"{area.Title()} work";
            if (!existing.Any(i => string.Equals(i.Text, text, StringComparison.OrdinalIgnoreCase)))
            {
                db.SelfAssessmentItems.Add(new SelfAssessmentItem(userId, SelfAssessmentKind.Interest, text, area.Explanation(), ++position));
                added.Add(text);
            }
        }
        await db.SaveChangesAsync();
        StatusMessage = added.Count == 0 ? "Those interests are already in your list." : $"Added to your interests: {string.Join(", ", added)}.";
        return RedirectToPage(null, null, new { returnUrl = ReturnUrl }, "result");
    }

    private async Task LoadResultsAsync()
    {
        var results = await db.InterestTestResults.AsNoTracking().Where(r => r.UserId == User.Id())
            .OrderByDescending(r => r.TakenAtUtc).ThenByDescending(r => r.Id).Take(2).ToListAsync();
        var views = results.Select(r => new ResultView(r.Id, r.TakenOn, r.Ranked)).ToList();
        Latest = views.ElementAtOrDefault(0);
        Previous = views.ElementAtOrDefault(1);
        Release = Latest is null ? null : await catalogue.ReleaseAsync();
        if (Latest is not null && Release is not null)
        {
            Zone = Zone is >= 1 and <= 5 ? Zone : null;
            JobZones = await catalogue.JobZonesAsync();
            Suggestions = await catalogue.SuggestAsync(Latest.Ranked, Zone);
        }
    }
}
