using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Network;

/// <summary>A contact, the times you were in touch (logged here) and when to reconnect; logging resets the follow-up.</summary>
public class DetailsModel(AppDbContext db, IValidator<InteractionInput> validator, UserClock clock) : PageModel
{
    public sealed record InteractionRow(DateOnly Date, InteractionChannel Channel, string? Note);

    public sealed record ContactView(
        int Id, string Name, string HowWeKnow, string? Organisation, string? Role, string? Email, string? ProfileUrl, string? Phone, string? Tags,
        string? Notes, int? CadenceDays);

    [BindProperty]
    public InteractionInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public ContactView Contact { get; private set; } = default!;
    public IReadOnlyList<InteractionRow> Interactions { get; private set; } = [];
    public IReadOnlyList<string> Links { get; private set; } = [];
    public DateOnly? NextFollowUp { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int contactId)
    {
        if (await LoadAsync(db.Contacts.AsNoTracking(), contactId) is null)
        {
            return NotFound();
        }
        Input.Date = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostLogAsync(int contactId)
    {
        if (await LoadAsync(db.Contacts, contactId) is not { } contact)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (Input.Date is { } date && date > Today)
        {
            ModelState.AddInputError(nameof(InteractionInput.Date), "Log a contact that happened: choose today or an earlier date.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.Interactions.Add(new Interaction(contactId, Input.Date!.Value, Input.Channel!.Value, Input.Note));
        contact.FollowUpOn = null; // a new interaction restarts the rhythm
        contact.Touch();
        await db.SaveChangesAsync();
        StatusMessage = "Logged.";
        return RedirectToPage(new { contactId });
    }

    /// <summary>The person's contact (from <paramref name="contacts"/>: tracked when a handler changes it) and the page's view of it.</summary>
    private async Task<Contact?> LoadAsync(IQueryable<Contact> contacts, int contactId)
    {
        var contact = await contacts.SingleOrDefaultAsync(c => c.Id == contactId && c.UserId == User.Id());
        if (contact is null)
        {
            return null;
        }
        Contact = new ContactView(contact.Id, contact.Name, contact.HowWeKnow, contact.Organisation, contact.Role, contact.Email, contact.ProfileUrl,
            contact.Phone, contact.Tags, contact.Notes, contact.CadenceDays);
        Today = await clock.TodayAsync(User.Id());
        Interactions = await db.Interactions.AsNoTracking().Where(i => i.ContactId == contactId).OrderByDescending(i => i.Date).ThenByDescending(i => i.Id)
            .Select(i => new InteractionRow(i.Date, i.Channel, i.Note)).ToListAsync();
        var options = await db.CareerOptions.AsNoTracking()
            .Where(o => db.Set<ContactOptionLink>().Where(l => l.ContactId == contactId).Select(l => l.CareerOptionId).Contains(o.Id)).Select(o => "Career option: " + o.Title).ToListAsync();
        var activities = await db.ExplorationActivities.AsNoTracking()
            .Where(a => db.Set<ContactActivityLink>().Where(l => l.ContactId == contactId).Select(l => l.ExplorationActivityId).Contains(a.Id))
            .Select(a => new { a.Kind, a.Date }).ToListAsync();
        Links = [.. options, .. activities.Select(a => $"{a.Kind.Title()} on {a.Date:d MMM yyyy}")];
        NextFollowUp = ContactRules.NextFollowUp(Interactions.Count == 0 ? null : Interactions[0].Date, contact.CadenceDays, contact.FollowUpOn, contact.CreatedOn);
        return contact;
    }
}
