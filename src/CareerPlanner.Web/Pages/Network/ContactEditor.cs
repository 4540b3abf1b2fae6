using CareerPlanner.Web.Pages.Plans.Goals;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Pages.Network;

/// <summary>What the contact form offers to link: the person's career options and exploration activities, across plans.</summary>
public sealed record ContactChoices(IReadOnlyList<Choice> Options, IReadOnlyList<Choice> Activities);

/// <summary>A contact in the list, with when they were last met and when to reconnect.</summary>
public sealed record ContactRow(int Id, string Name, string? Organisation, string? Role, IReadOnlyList<string> Tags, DateOnly? LastContact, DateOnly? NextFollowUp, bool IsDue);

/// <summary>Creating and editing a contact share the choices, the checks and applying the input; the list and the dashboard share the rows.</summary>
public sealed class ContactEditor(AppDbContext db, IValidator<ContactInput> validator)
{

    public async Task<ContactChoices> ChoicesAsync(string userId)
    {
        var planIds = db.Plans.OwnedBy(userId).Select(p => p.Id);
        var options = await db.CareerOptions.AsNoTracking().Where(o => planIds.Contains(o.PlanId)).OrderBy(o => o.Title)
            .Select(o => new Choice(o.Id, o.Title)).ToListAsync();
        var activities = (await db.ExplorationActivities.AsNoTracking().Where(a => planIds.Contains(a.PlanId)).OrderByDescending(a => a.Date)
            .Select(a => new { a.Id, a.Kind, a.Date, a.Contact }).ToListAsync())
            .Select(a => new Choice(a.Id, $"{a.Kind.Title()} on {a.Date:d MMM yyyy}{(a.Contact is null ? "" : $" with {a.Contact}")}")).ToList();
        return new ContactChoices(options, activities);
    }

    public async Task<bool> ValidateAsync(ContactInput input, ContactChoices choices, ModelStateDictionary modelState)
    {
        (await validator.ValidateAsync(input)).AddTo(modelState);
        if (input.OptionIds.Any(id => choices.Options.All(c => c.Id != id)) || input.ActivityIds.Any(id => choices.Activities.All(c => c.Id != id)))
        {
            modelState.AddInputError(nameof(ContactInput.OptionIds), "Choose career options and activities from the lists.");
        }
        return modelState.IsValid;
    }

    public static void Apply(Contact contact, ContactInput input)
    {
        contact.Name = input.Name!.Trim();
        contact.HowWeKnow = input.HowWeKnow!.Trim();
        contact.Organisation = input.Organisation.TrimToNull();
        contact.Role = input.Role.TrimToNull();
        contact.Email = input.Email.TrimToNull();
        contact.ProfileUrl = input.ProfileUrl.TrimToNull();
        contact.Phone = input.Phone.TrimToNull();
        var tags = ContactRules.Tags(input.Tags);
        contact.Tags = tags.Count == 0 ? null : string.Join(", ", tags);
        contact.Notes = input.Notes.TrimToNull();
        contact.CadenceDays = input.CadenceDays;
        contact.FollowUpOn = input.FollowUpOn;
        contact.LinkTo(input.OptionIds, input.ActivityIds);
        contact.Touch();
    }

    public static ContactInput ToInput(Contact contact) => new()
    {
        Name = contact.Name, HowWeKnow = contact.HowWeKnow, Organisation = contact.Organisation, Role = contact.Role, Email = contact.Email,
        ProfileUrl = contact.ProfileUrl, Phone = contact.Phone, Tags = contact.Tags, Notes = contact.Notes, CadenceDays = contact.CadenceDays,
        FollowUpOn = contact.FollowUpOn, OptionIds = [.. contact.OptionLinks.Select(l => l.CareerOptionId)],
        ActivityIds = [.. contact.ActivityLinks.Select(l => l.ExplorationActivityId)], Version = contact.Version,
    };

    private sealed class ContactFacts
    {
        public int Id { get; init; }
        public required string Name { get; init; }
        public string? Organisation { get; init; }
        public string? Role { get; init; }
        public string? Tags { get; init; }
        public int? CadenceDays { get; init; }
        public DateOnly? FollowUpOn { get; init; }
        public DateOnly CreatedOn { get; init; }
        public DateOnly? Last { get; init; }
    }

    /// <summary>The person's contacts with the day of the last interaction; compiled once, as the network list reads it on every visit.</summary>
    private static readonly Func<AppDbContext, string, IAsyncEnumerable<ContactFacts>> RowsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId) => db.Contacts.AsNoTracking().Where(c => c.UserId == userId)
            .Select(c => new ContactFacts
            {
                Id = c.Id, Name = c.Name, Organisation = c.Organisation, Role = c.Role, Tags = c.Tags, CadenceDays = c.CadenceDays,
                FollowUpOn = c.FollowUpOn, CreatedOn = c.CreatedOn, Last = db.Interactions.Where(i => i.ContactId == c.Id).Max(i => (DateOnly?)i.Date),
            }));

    /// <summary>All the person's contacts as list rows, in one query (the last interaction comes as a subquery).</summary>
    public async Task<IReadOnlyList<ContactRow>> RowsAsync(string userId, DateOnly today)
    {
        var contacts = await RowsQuery(db, userId).ToListAsync();
        return [.. contacts.Select(c =>
        {
            var next = ContactRules.NextFollowUp(c.Last, c.CadenceDays, c.FollowUpOn, c.CreatedOn);
            return new ContactRow(c.Id, c.Name, c.Organisation, c.Role, ContactRules.Tags(c.Tags), c.Last, next, ContactRules.IsDue(next, today));
        })];
    }
}
