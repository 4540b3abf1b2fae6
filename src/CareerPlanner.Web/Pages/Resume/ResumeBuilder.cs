using CareerPlanner.Web.Pages.History;

namespace CareerPlanner.Web.Pages.Resume;

public sealed record ResumeSkill(int Id, string Name, int? Rating, bool Included);

public sealed record ResumeLearning(int Id, string Title, DateOnly? FinishedOn, bool Included);

/// <summary>
/// The résumé as the person chose it: the headline and summary (their own words for the résumé, or the brand's),
/// every item of the history, the skills and the finished learning with whether it is included, and the order of
/// the sections. The page shows everything with its toggle; the print and the JSON Resume take the included items only.
/// </summary>
public sealed record ResumeView(
    string Name, string? Email, string? OwnHeadline, string? OwnSummary, string? BrandHeadline, string? BrandSummary, Guid Version,
    IReadOnlyList<ResumeSection> Order, HistoryView History, IReadOnlyList<ResumeSkill> Skills, IReadOnlyList<ResumeLearning> Learning)
{
    public string? Headline => OwnHeadline ?? BrandHeadline;
    public string? Summary => OwnSummary ?? BrandSummary;

    public bool IsEmpty => History.IsEmpty && Skills.Count == 0 && Learning.Count == 0;

    public static string SectionTitle(ResumeSection section) => section switch
    {
        ResumeSection.Experience => "Experience",
        ResumeSection.Skills => "Skills",
        ResumeSection.Education => "Education",
        ResumeSection.Certifications => "Certifications and licences",
        ResumeSection.Languages => "Languages",
        ResumeSection.Learning => "Courses and learning",
        _ => section.ToString(),
    };
}

/// <summary>The kinds of résumé item the person can include or leave out, by the name the toggle posts.</summary>
public enum ResumeItemKind
{
    Position = 1,
    Achievement = 2,
    Education = 3,
    Certification = 4,
    Language = 5,
    Skill = 6,
    Learning = 7,
}

/// <summary>Builds the résumé from what the person already keeps, and saves what they include, leave out and reorder.</summary>
public sealed class ResumeBuilder(AppDbContext db, CareerHistory history)
{
    public async Task<ResumeView> LoadAsync(string userId)
    {
        var person = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, DisplayName = db.UserProfiles.Where(p => p.UserId == u.Id).Select(p => p.DisplayName).FirstOrDefault() })
            .SingleAsync();
        var settings = await db.ResumeSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId);
        var brand = await db.PersonalBrands.AsNoTracking().Where(b => b.UserId == userId)
            .Select(b => new { b.WhoIAm, b.WhatIDeliver, b.WhatMakesMeDifferent, b.Pitch }).SingleOrDefaultAsync();
        var skills = await db.Skills.AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.Rating).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.Rating, s.OnResume }).ToListAsync();
        var learning = await db.LearningItems.AsNoTracking().Where(i => i.UserId == userId && i.Status == LearningStatus.Finished)
            .OrderByDescending(i => i.FinishedOn).ThenBy(i => i.Title)
            .Select(i => new ResumeLearning(i.Id, i.Title, i.FinishedOn, i.OnResume)).ToListAsync();
        var statement = string.Join(" ", new[] { brand?.WhatIDeliver, brand?.WhatMakesMeDifferent }.OfType<string>());
        return new ResumeView(
            person.DisplayName ?? person.Email ?? "",
            person.Email,
            settings?.Headline,
            settings?.Summary,
            brand?.WhoIAm,
            brand?.Pitch ?? statement.TrimToNull(),
            settings?.Version ?? Guid.Empty,
            ResumeSettings.Order(settings?.SectionOrder),
            await history.LoadAsync(userId),
            [.. skills.Select(s => new ResumeSkill(s.Id, s.Name, s.Rating, ResumeSettings.ShowsSkill(s.OnResume, s.Rating)))],
            learning);
    }

    /// <summary>Includes or leaves out one of the person's items; false when there is no such item of theirs.</summary>
    public async Task<bool> IncludeAsync(string userId, ResumeItemKind kind, int id, bool include) => kind switch
    {
        ResumeItemKind.Position => await db.Positions.Where(p => p.Id == id && p.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(p => p.OnResume, include)),
        ResumeItemKind.Achievement => await db.Achievements.Where(a => a.Id == id && a.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(a => a.OnResume, include)),
        ResumeItemKind.Education => await db.Education.Where(e => e.Id == id && e.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(e => e.OnResume, include)),
        ResumeItemKind.Certification => await db.Certifications.Where(c => c.Id == id && c.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(c => c.OnResume, include)),
        ResumeItemKind.Language => await db.Languages.Where(l => l.Id == id && l.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(l => l.OnResume, include)),
        ResumeItemKind.Skill => await db.Skills.Where(k => k.Id == id && k.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(k => k.OnResume, include)),
        ResumeItemKind.Learning => await db.LearningItems.Where(i => i.Id == id && i.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(i => i.OnResume, include)),
        _ => 0,
    } == 1;

    /// <summary>The person's résumé settings, made on first use (tracked, to be changed and saved).</summary>
    public async Task<ResumeSettings> SettingsAsync(string userId)
    {
        var settings = await db.ResumeSettings.SingleOrDefaultAsync(s => s.UserId == userId);
        if (settings is null)
        {
            settings = new ResumeSettings(userId);
            db.ResumeSettings.Add(settings);
        }
        return settings;
    }
}

/// <summary>The include/leave-out button of one résumé item.</summary>
public sealed record IncludeToggle(ResumeItemKind Kind, int Id, bool Included, string What);
