using CareerPlanner.Web.Infrastructure.Time;
using CareerPlanner.Web.Pages.Network;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Resume;

/// <summary>
/// Brings a career history read from a file (LinkedIn, JSON Resume) into the person's own lists: the preview says,
/// section by section, how much is new and how much is already there (matched by name and dates, so a second import of
/// the same file adds nothing); the import adds the new items of the chosen sections in one save.
/// </summary>
public sealed class HistoryImport(AppDbContext db, IValidator<ContactInput> contactRules, UserClock clock)
{
    public const string FromLinkedIn = "Connected on LinkedIn";

    private sealed record Plan(
        bool Headline, bool Summary, List<ImportedPosition> Positions, List<ImportedEducation> Education, List<ImportedSkill> Skills,
        List<ImportedCertification> Certifications, List<ImportedLanguage> Languages, List<ContactInput> Contacts, List<ImportedAchievement> Achievements);

    public async Task<IReadOnlyList<SectionPreview>> PreviewAsync(string userId, ImportedHistory file)
    {
        var plan = await PlanAsync(userId, file);
        var contactsInFile = file.Contacts.Count;
        return new List<SectionPreview>
        {
            new(ImportSection.Profile, (file.Headline is null ? 0 : 1) + (file.Summary is null ? 0 : 1), (plan.Headline ? 1 : 0) + (plan.Summary ? 1 : 0)),
            new(ImportSection.Positions, file.Positions.Count, plan.Positions.Count),
            new(ImportSection.Education, file.Education.Count, plan.Education.Count),
            new(ImportSection.Skills, file.Skills.Count, plan.Skills.Count),
            new(ImportSection.Certifications, file.Certifications.Count, plan.Certifications.Count),
            new(ImportSection.Languages, file.Languages.Count, plan.Languages.Count),
            new(ImportSection.Contacts, contactsInFile, plan.Contacts.Count),
            new(ImportSection.Achievements, file.Achievements.Count, plan.Achievements.Count),
        }.Where(s => s.InFile > 0).ToList();
    }

    /// <summary>Adds what is new in the chosen sections, in one save (one transaction); returns how many items were added.</summary>
    public async Task<int> ImportAsync(string userId, ImportedHistory file, IReadOnlySet<ImportSection> sections)
    {
        var plan = await PlanAsync(userId, file);
        var today = await clock.TodayAsync(userId);
        var added = 0;
        if (sections.Contains(ImportSection.Profile) && (plan.Headline || plan.Summary))
        {
            var brand = await db.PersonalBrands.SingleOrDefaultAsync(b => b.UserId == userId);
            if (brand is null)
            {
                brand = new PersonalBrand(userId);
                db.PersonalBrands.Add(brand);
            }
            if (plan.Headline && brand.WhoIAm is null)
            {
                brand.WhoIAm = file.Headline; // the readers cut it to the field
                added++;
            }
            if (plan.Summary && brand.Pitch is null)
            {
                brand.Pitch = file.Summary;
                added++;
            }
            brand.Touch();
        }
        added += Add(sections, ImportSection.Positions, plan.Positions, p => db.Positions.Add(new Position(userId)
        {
            Employer = p.Employer, Title = p.Title, Location = p.Location, StartedOn = p.Start.Date, StartedYearOnly = p.Start.YearOnly,
            EndedOn = p.End?.Date, EndedYearOnly = p.End?.YearOnly ?? false, Description = p.Description, Highlights = p.Highlights,
        }));
        added += Add(sections, ImportSection.Education, plan.Education, e => db.Education.Add(new Education(userId)
        {
            Institution = e.Institution, Qualification = e.Qualification, FieldOfStudy = e.FieldOfStudy, StartedOn = e.Start?.Date,
            StartedYearOnly = e.Start?.YearOnly ?? false, EndedOn = e.End?.Date, EndedYearOnly = e.End?.YearOnly ?? false, Notes = e.Notes,
        }));
        added += Add(sections, ImportSection.Skills, plan.Skills, s => db.Skills.Add(s.Rating is { } rating
            ? new Skill(userId, s.Name, SkillCategory.Other, rating, null, today)
            : Skill.NotYetRated(userId, s.Name, SkillCategory.Other, today)));
        added += Add(sections, ImportSection.Certifications, plan.Certifications, c => db.Certifications.Add(new Certification(userId)
        {
            Name = c.Name, Issuer = c.Issuer, IssuedOn = c.IssuedOn, ExpiresOn = c.ExpiresOn, CredentialUrl = c.CredentialUrl, CredentialId = c.CredentialId,
        }));
        added += Add(sections, ImportSection.Languages, plan.Languages, l => db.Languages.Add(new Language(userId) { Name = l.Name, Proficiency = l.Proficiency }));
        added += Add(sections, ImportSection.Achievements, plan.Achievements, a => db.Achievements.Add(new Achievement(userId, a.Date, a.What, a.Impact)));
        added += Add(sections, ImportSection.Contacts, plan.Contacts, input =>
        {
            var contact = new Contact(userId, today);
            ContactEditor.Apply(contact, input);
            db.Contacts.Add(contact);
        });
        await db.SaveChangesAsync();
        return added;
    }

    private static int Add<T>(IReadOnlySet<ImportSection> sections, ImportSection section, List<T> items, Action<T> add)
    {
        if (!sections.Contains(section))
        {
            return 0;
        }
        items.ForEach(add);
        return items.Count;
    }

    /// <summary>What of the file is new to the person (and within the file, each item once); contacts that break the contact rules are left out.</summary>
    private async Task<Plan> PlanAsync(string userId, ImportedHistory file)
    {
        var brand = await db.PersonalBrands.AsNoTracking().Where(b => b.UserId == userId).Select(b => new { b.WhoIAm, b.Pitch }).SingleOrDefaultAsync();
        var positions = (await db.Positions.AsNoTracking().Where(p => p.UserId == userId).Select(p => new { p.Employer, p.Title, p.StartedOn }).ToListAsync())
            .Select(p => Key(p.Employer, p.Title, p.StartedOn)).ToHashSet();
        var education = (await db.Education.AsNoTracking().Where(e => e.UserId == userId).Select(e => new { e.Institution, e.StartedOn, e.EndedOn }).ToListAsync())
            .Select(e => Key(e.Institution, e.StartedOn, e.EndedOn)).ToHashSet();
        var skills = (await db.Skills.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.NormalizedName).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var certifications = (await db.Certifications.AsNoTracking().Where(c => c.UserId == userId).Select(c => new { c.Name, c.IssuedOn }).ToListAsync())
            .Select(c => Key(c.Name, c.IssuedOn)).ToHashSet();
        var languages = (await db.Languages.AsNoTracking().Where(l => l.UserId == userId).Select(l => l.Name).ToListAsync()).Select(n => Key(n)).ToHashSet();
        var achievements = (await db.Achievements.AsNoTracking().Where(a => a.UserId == userId).Select(a => new { a.What, a.Date }).ToListAsync())
            .Select(a => Key(a.What, a.Date)).ToHashSet();
        var contacts = (await db.Contacts.AsNoTracking().Where(c => c.UserId == userId).Select(c => c.Name).ToListAsync()).Select(AddressBook.Key).ToHashSet(StringComparer.Ordinal);
        var contactInputs = new List<ContactInput>();
        foreach (var contact in file.Contacts)
        {
            var input = new ContactInput
            {
                Name = contact.Name, HowWeKnow = FromLinkedIn, Organisation = contact.Organisation, Role = contact.Role, Email = contact.Email,
                ProfileUrl = contact.ProfileUrl,
                Notes = contact.ConnectedOn is { } on ? $"Connected on LinkedIn on {on:d MMM yyyy}." : null,
            };
            if ((await contactRules.ValidateAsync(input)).IsValid && contacts.Add(AddressBook.Key(contact.Name)))
            {
                contactInputs.Add(input);
            }
        }
        return new Plan(
            file.Headline is not null && brand?.WhoIAm is null,
            file.Summary is not null && brand?.Pitch is null,
            [.. file.Positions.Where(p => positions.Add(Key(p.Employer, p.Title, p.Start.Date)))],
            [.. file.Education.Where(e => education.Add(Key(e.Institution, e.Start?.Date, e.End?.Date)))],
            [.. file.Skills.Where(s => s.Name.Length <= Skill.NameMaxLength && skills.Add(Skill.Normalize(s.Name)))],
            [.. file.Certifications.Where(c => certifications.Add(Key(c.Name, c.IssuedOn)))],
            [.. file.Languages.Where(l => languages.Add(Key(l.Name)))],
            contactInputs,
            [.. file.Achievements.Where(a => achievements.Add(Key(a.What, a.Date)))]);
    }

    private static string Key(string name, params DateOnly?[] dates) =>
        string.Join('|', [string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant(), .. dates.Select(d => d?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) ?? "")]);

    private static string Key(string employer, string title, DateOnly start) => Key($"{employer}|{title}", start);
}
