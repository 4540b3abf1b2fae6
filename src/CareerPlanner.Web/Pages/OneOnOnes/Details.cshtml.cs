using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.OneOnOnes;

/// <summary>One 1:1: talking points (ticked off as discussed), notes afterwards, and agreed actions that can become action items.</summary>
public class DetailsModel(AppDbContext db, IValidator<MeetingInput> validator, Plans.Actions.ActionTargets targets, UserCalendars calendars, UserClock clock) : PageModel
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public OneOnOne Meeting { get; private set; } = default!;
    public IReadOnlyList<Plans.Actions.PlanChoice> Plans { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int meetingId)
    {
        if (!await LoadAsync(meetingId))
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

    /// <summary>Loads the meeting, checks the handler's own fields, applies the change; null from the change means "not found".</summary>
    private async Task<IActionResult> ChangeAsync(int meetingId, string? ruleSet, Func<OneOnOne, Task<string?>> change)
    {
        if (!await LoadAsync(meetingId))
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
        var meeting = await db.OneOnOnes.Include(m => m.TalkingPoints).Include(m => m.AgreedActions).SingleAsync(m => m.Id == meetingId);
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

    private async Task<bool> LoadAsync(int meetingId)
    {
        var meeting = await db.OneOnOnes.AsNoTracking().Include(m => m.TalkingPoints).Include(m => m.AgreedActions).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == meetingId && m.UserId == User.Id());
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        Plans = await targets.PlansAsync(User.Id());
        Today = clock.Today(await calendars.ForAsync(User.Id()));
        Input.DueDate ??= Today.AddDays(7);
        return true;
    }
}
