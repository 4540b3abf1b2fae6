using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.OneOnOnes;

/// <summary>One 1:1: talking points (ticked off as discussed), notes afterwards, and agreed actions that can become action items.</summary>
public class DetailsModel(AppDbContext db, IValidator<MeetingInput> validator, Plans.Actions.ActionTargets targets, UserClock clock) : PageModel
{
    public sealed record PointView(int Id, TalkingPointKind Kind, string Text, bool Discussed, bool CarriedOver);

    public sealed record AgreedView(int Id, string Text, bool IsAction);

    /// <summary>The meeting as the page shows it: points not yet discussed first, then by kind; agreed actions in order.</summary>
    public sealed record MeetingView(int Id, DateOnly Date, string WithWhom, int? ContactId, string? Notes, IReadOnlyList<PointView> Points, IReadOnlyList<AgreedView> Agreed)
    {
        public static MeetingView From(OneOnOne meeting) => new(meeting.Id, meeting.Date, meeting.WithWhom, meeting.ContactId, meeting.Notes,
            [.. meeting.TalkingPoints.OrderBy(p => p.Discussed).ThenBy(p => p.Kind).ThenBy(p => p.Id).Select(p => new PointView(p.Id, p.Kind, p.Text, p.Discussed, p.CarriedOver))],
            [.. meeting.AgreedActions.OrderBy(a => a.Id).Select(a => new AgreedView(a.Id, a.Text, a.ActionItemId is not null))]);
    }

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public MeetingView Meeting { get; private set; } = default!;
    public IReadOnlyList<Plans.Actions.PlanChoice> Plans { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int meetingId)
    {
        if (await LoadAsync(db.OneOnOnes.AsNoTracking(), meetingId) is null)
        {
            return NotFound();
        }
        Input.Notes = Meeting.Notes;
        return Page();
    }

    public Task<IActionResult> OnPostAddPointAsync(int meetingId) => ChangeAsync(meetingId, MeetingInputValidator.AddPoint, meeting =>
    {
        meeting.TalkingPoints.Add(new TalkingPoint(Input.Kind!.Value, Input.Point!));
        return Task.FromResult<string?>("Talking point added.");
    });

    public Task<IActionResult> OnPostDiscussedAsync(int meetingId) => ChangeAsync(meetingId, null, meeting =>
    {
        var point = meeting.TalkingPoints.SingleOrDefault(p => p.Id == Input.PointId);
        if (point is null)
        {
            return Task.FromResult<string?>(null);
        }
        point.Discussed = Input.Discussed;
        return Task.FromResult<string?>(point.Discussed ? "Marked as discussed." : "Marked as not yet discussed: it will come back next time.");
    });

    public Task<IActionResult> OnPostSaveNotesAsync(int meetingId) => ChangeAsync(meetingId, MeetingInputValidator.SaveNotes, meeting =>
    {
        meeting.Notes = Input.Notes.TrimToNull();
        return Task.FromResult<string?>("Notes saved.");
    });

    public Task<IActionResult> OnPostAddActionAsync(int meetingId) => ChangeAsync(meetingId, MeetingInputValidator.AddAction, meeting =>
    {
        meeting.AgreedActions.Add(new AgreedAction(Input.Action!));
        return Task.FromResult<string?>("Agreed action added.");
    });

    /// <summary>Turns an agreed action into an action item of the chosen plan (one of the person's own).</summary>
    public Task<IActionResult> OnPostMakeActionAsync(int meetingId) => ChangeAsync(meetingId, MeetingInputValidator.MakeAction, async meeting =>
    {
        var agreed = meeting.AgreedActions.SingleOrDefault(a => a.Id == Input.AgreedId && a.ActionItemId == null);
        if (agreed is null || await targets.AddAsync(Plans, Input.PlanId, agreed.Text, Input.DueDate!.Value) is not { } item)
        {
            return null;
        }
        agreed.ActionItemId = item.Id;
        return $"“{agreed.Text}” is now an action in {Plans.Single(p => p.Id == Input.PlanId).Title}.";
    });

    /// <summary>Loads the meeting once (tracked), checks the handler's own fields, applies the change; null from the change means "not found".</summary>
    private async Task<IActionResult> ChangeAsync(int meetingId, string? ruleSet, Func<OneOnOne, Task<string?>> change)
    {
        if (await LoadAsync(db.OneOnOnes, meetingId) is not { } meeting)
        {
            return NotFound();
        }
        if (ruleSet is not null)
        {
            (await validator.ValidateAsync(Input, options => options.IncludeRuleSets(ruleSet))).AddTo(ModelState);
            if (!ModelState.IsValid)
            {
                if (ruleSet != MeetingInputValidator.SaveNotes)
                {
                    ModelState.Remove("Input.Notes");
                    Input.Notes = Meeting.Notes; // the notes form was not sent: show the notes as saved, not empty
                }
                return Page();
            }
        }
        var message = await change(meeting);
        if (message is null)
        {
            return NotFound();
        }
        meeting.Touch();
        await db.SaveChangesAsync();
        StatusMessage = message;
        return RedirectToPage(new { meetingId });
    }

    /// <summary>The person's meeting (from <paramref name="meetings"/>: tracked when a handler changes it) and the page's view of it.</summary>
    private async Task<OneOnOne?> LoadAsync(IQueryable<OneOnOne> meetings, int meetingId)
    {
        var meeting = await meetings.Include(m => m.TalkingPoints).Include(m => m.AgreedActions).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == meetingId && m.UserId == User.Id());
        if (meeting is null)
        {
            return null;
        }
        Meeting = MeetingView.From(meeting);
        Plans = await targets.PlansAsync(User.Id());
        Today = await clock.TodayAsync(User.Id());
        Input.DueDate ??= Today.AddDays(7);
        return meeting;
    }
}
