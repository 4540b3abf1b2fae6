using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.OneOnOnes;

/// <summary>
/// The 1:1 notebook for managing upwards: the meetings, newest first, and a new one — which takes over the talking
/// points the last meeting with the same person did not get to.
/// </summary>
public class IndexModel(AppDbContext db, IValidator<NewMeetingInput> validator, UserClock clock) : PageModel
{
    public sealed record MeetingRow(int Id, DateOnly Date, string WithWhom, int Points, int Open);

    public sealed record ContactChoice(int Id, string Name);

    public IReadOnlyList<ContactChoice> Contacts { get; private set; } = [];

    [BindProperty]
    public NewMeetingInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<MeetingRow> Meetings { get; private set; } = [];
    public IReadOnlyList<string> People => [.. Meetings.Select(m => m.WithWhom).DistinctBy(p => p.ToUpperInvariant())];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.Date = await clock.TodayAsync(User.Id());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var userId = User.Id();
        var contact = Input.ContactId is { } contactId
            ? await db.Contacts.AsNoTracking().Where(c => c.Id == contactId && c.UserId == userId).Select(c => c.Name).SingleOrDefaultAsync()
            : null;
        if (Input.ContactId is not null && contact is null)
        {
            ModelState.AddInputError(nameof(NewMeetingInput.ContactId), "Choose one of your contacts from the list, or leave it empty.");
            await LoadAsync();
            return Page();
        }
        var meeting = new OneOnOne(userId, Input.Date!.Value, string.IsNullOrWhiteSpace(Input.WithWhom) ? contact! : Input.WithWhom, Input.ContactId);
        var previous = (await db.OneOnOnes.Include(m => m.TalkingPoints).Where(m => m.UserId == userId && m.Date <= meeting.Date)
                .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).ToListAsync())
            .FirstOrDefault(m => OneOnOne.SamePerson(m.WithWhom, meeting.WithWhom));
        if (previous is not null)
        {
            meeting.CarryOver(previous);
        }
        db.OneOnOnes.Add(meeting);
        await db.SaveChangesAsync();
        var carried = meeting.TalkingPoints.Count;
        StatusMessage = carried == 0 ? "1:1 added: prepare your talking points." : $"1:1 added, with {carried} point{(carried == 1 ? "" : "s")} carried over from your last 1:1 with {meeting.WithWhom}.";
        return RedirectToPage("Details", new { meetingId = meeting.Id });
    }

    private async Task LoadAsync()
    {
        Contacts = await db.Contacts.AsNoTracking().Where(c => c.UserId == User.Id()).OrderBy(c => c.Name).Select(c => new ContactChoice(c.Id, c.Name)).ToListAsync();
        Meetings = await db.OneOnOnes.AsNoTracking().Where(m => m.UserId == User.Id()).OrderByDescending(m => m.Date).ThenByDescending(m => m.Id)
            .Select(m => new MeetingRow(m.Id, m.Date, m.WithWhom, m.TalkingPoints.Count, m.TalkingPoints.Count(p => !p.Discussed))).ToListAsync();
    }
}
