using FluentValidation;

namespace CareerPlanner.Web.Pages.Network;

/// <summary>One card of an address-book file as the import sees it: added, already in the network, or refused with why.</summary>
public sealed record CardPreview(string Name, string? Organisation, string? Email, string? Refused, bool AlreadyThere)
{
    public bool WillBeAdded => Refused is null && !AlreadyThere;
}

/// <summary>
/// The network in and out of address books (vCard): every contact as one .vcf file, and a file of cards from any
/// common address-book app read into contacts — with the same rules as the contact form (each card is checked by
/// <see cref="ContactInputValidator"/>), a card whose name is already in the network (or earlier in the file) skipped,
/// and nothing written until the person confirms, then all in one save.
/// </summary>
public sealed class AddressBook(AppDbContext db, IValidator<ContactInput> validator)
{
    /// <summary>An address book is a small file: larger ones are refused before they are read.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>How a card without "how we know each other" is described (the contact form asks for it).</summary>
    public const string FromAddressBook = "From my address book";

    public async Task<string> ExportAsync(string userId)
    {
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Name)
            .Select(c => new VCardContact(c.Name, c.Organisation, c.Role, c.Email, c.Phone, c.ProfileUrl, c.Tags, c.HowWeKnow, c.Notes)).ToListAsync();
        return VCards.Write(contacts);
    }

    /// <summary>What importing the text would do, card by card, and the problems of cards that could not be read at all.</summary>
    public async Task<(IReadOnlyList<CardPreview> Cards, IReadOnlyList<(ContactInput Input, CardPreview Preview)> ToAdd, IReadOnlyList<string> Problems)> PreviewAsync(string userId, string text)
    {
        var file = VCards.Read(text);
        var known = (await db.Contacts.AsNoTracking().Where(c => c.UserId == userId).Select(c => c.Name).ToListAsync())
            .Select(Key).ToHashSet(StringComparer.Ordinal);
        var previews = new List<CardPreview>();
        var toAdd = new List<(ContactInput, CardPreview)>();
        foreach (var card in file.Cards)
        {
            var input = new ContactInput
            {
                Name = card.Name, HowWeKnow = card.HowWeKnow ?? FromAddressBook, Organisation = card.Organisation, Role = card.Role, Email = card.Email,
                ProfileUrl = card.Url, Phone = card.Phone, Tags = card.Tags, Notes = card.Notes,
            };
            var result = await validator.ValidateAsync(input);
            var refused = result.IsValid ? null : string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct());
            var preview = new CardPreview(card.Name, card.Organisation, card.Email, refused, refused is null && !known.Add(Key(card.Name)));
            previews.Add(preview);
            if (preview.WillBeAdded)
            {
                toAdd.Add((input, preview));
            }
        }
        return (previews, toAdd, file.Problems);
    }

    /// <summary>Adds the cards the preview would add, in one save; returns how many.</summary>
    public async Task<int> ImportAsync(string userId, string text, DateOnly today)
    {
        var (_, toAdd, _) = await PreviewAsync(userId, text);
        foreach (var (input, _) in toAdd)
        {
            var contact = new Contact(userId, today);
            ContactEditor.Apply(contact, input);
            db.Contacts.Add(contact);
        }
        await db.SaveChangesAsync();
        return toAdd.Count;
    }

    /// <summary>A contact's name as compared for "already in the network": words and case ignored.</summary>
    public static string Key(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
