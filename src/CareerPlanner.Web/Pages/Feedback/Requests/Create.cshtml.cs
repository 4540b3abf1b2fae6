using System.ComponentModel.DataAnnotations;
using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Feedback.Requests;

public sealed class RequestInput
{
    public static readonly string[] DefaultQuestions =
    [
        "What do you see as my strongest skills?",
        "Where could I grow?",
        "What kind of role do you see me thriving in?",
    ];

    [Display(Name = "A short message to the people you ask")]
    public string? Intro { get; set; }

    [Display(Name = "Questions, one per line")]
    public string? Questions { get; set; } = string.Join(Environment.NewLine, DefaultQuestions);

    [Display(Name = "Name to show them (optional)")]
    public string? ShownName { get; set; }

    [Display(Name = "Answers are anonymous")]
    public bool IsAnonymous { get; set; } = true;

    [Display(Name = "Link expires on")]
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Strength (self-assessment item) id → the person's own rating from 1 to 5.</summary>
    public Dictionary<int, int?> SelfRatings { get; set; } = [];

    public IReadOnlyList<string> QuestionLines =>
        [.. (Questions ?? "").Split('\n').Select(q => q.Trim()).Where(q => q.Length > 0)];
}

public sealed class RequestInputValidator : AbstractValidator<RequestInput>
{
    public RequestInputValidator()
    {
        RuleFor(x => x.Intro)
            .Must(i => !string.IsNullOrWhiteSpace(i)).WithMessage("Write a line or two: who you are and why you are asking.")
            .MaximumLength(FeedbackRequest.IntroMaxLength).WithMessage($"Keep the message to {FeedbackRequest.IntroMaxLength} characters or fewer.");
        RuleFor(x => x.QuestionLines).Must(q => q.Count is > 0 and <= 10).OverridePropertyName(nameof(RequestInput.Questions))
            .WithMessage("Ask between one and ten questions, one per line.");
        RuleFor(x => x.QuestionLines).Must(q => q.All(line => line.Length <= FeedbackQuestion.TextMaxLength)).OverridePropertyName(nameof(RequestInput.Questions))
            .WithMessage($"Keep each question to {FeedbackQuestion.TextMaxLength} characters or fewer.");
        RuleFor(x => x.ShownName).MaximumLength(FeedbackRequest.ShownNameMaxLength).WithMessage($"Keep the name to {FeedbackRequest.ShownNameMaxLength} characters or fewer.");
        RuleFor(x => x.ExpiresOn).NotNull().WithMessage("Give the date the link stops accepting answers.");
        RuleForEach(x => x.SelfRatings).Must(r => r.Value is null or (>= 1 and <= 5)).WithMessage("Rate yourself from 1 to 5, or leave the strength out.");
    }
}

/// <summary>Creates a feedback request and its private link, which is shown once on the next page.</summary>
public class CreateModel(AppDbContext db, IValidator<RequestInput> validator, UserClock clock) : PageModel
{
    public sealed record StrengthChoice(int Id, string Text);

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public IReadOnlyList<StrengthChoice> Strengths { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.Id();
        Input.ExpiresOn = (await clock.TodayAsync(userId)).AddDays(30);
        Input.ShownName = await db.UserProfiles.Where(p => p.UserId == userId).Select(p => p.DisplayName).SingleOrDefaultAsync();
        await LoadStrengthsAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.Id();
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        var today = await clock.TodayAsync(userId);
        if (Input.ExpiresOn is { } expires && (expires <= today || expires > today.AddYears(1)))
        {
            ModelState.AddInputError(nameof(RequestInput.ExpiresOn), "Choose a date after today and within a year.");
        }
        await LoadStrengthsAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = new FeedbackRequest(userId, Input.Intro!, Input.ShownName, Input.IsAnonymous, Input.ExpiresOn!.Value, clock.UtcNow);
        request.Questions.AddRange(Input.QuestionLines.Select((q, n) => new FeedbackQuestion(n + 1, q)));
        request.Strengths.AddRange(Strengths.Where(s => Input.SelfRatings.GetValueOrDefault(s.Id) is not null)
            .Select(s => new FeedbackStrength(s.Text, Input.SelfRatings[s.Id]!.Value)));
        var token = request.NewLink();
        db.FeedbackRequests.Add(request);
        await db.SaveChangesAsync();
        TempData[DetailsModel.NewLinkKey] = Url.Page("/Feedback/Respond", null, new { token }, Request.Scheme);
        return RedirectToPage("Details", new { requestId = request.Id });
    }

    private async Task LoadStrengthsAsync() =>
        Strengths = await db.SelfAssessmentItems.AsNoTracking().Where(i => i.UserId == User.Id() && i.Kind == SelfAssessmentKind.Strength)
            .OrderBy(i => i.Position).Select(i => new StrengthChoice(i.Id, i.Text)).ToListAsync();
}
