namespace CareerPlanner.Web.Pages.Occupations;

public sealed record OccupationHit(string Code, string Title, string? AlsoCalled, int? JobZone);

public sealed record OccupationSuggestion(string Code, string Title, int? JobZone, InterestFit.Fit Fit);

public sealed record OccupationPage(
    Occupation Occupation, JobZone? Zone, IReadOnlyList<OccupationElement> Skills, IReadOnlyList<OccupationElement> Knowledge,
    IReadOnlyList<OccupationTechnology> Technologies, IReadOnlyList<(string Code, string Title)> Related);

/// <summary>
/// The occupation catalogue as the pages read it: whether there is one (and its release, for the credit), search,
/// an occupation's page, suggestions from an interest profile, and the demanded skills that research starts from.
/// </summary>
public sealed class OccupationCatalogue(AppDbContext db, OccupationSearchIndex index)
{
    /// <summary>How the person who runs the server adds the catalogue, for the pages that would use it.</summary>
    public const string HowToAdd = "dotnet run --project src/CareerPlanner.Web -- import-occupations db_29_3_text.zip";

    public const int MaxHits = 25;

    /// <summary>The release's name, or null when no catalogue has been imported.</summary>
    public Task<string?> ReleaseAsync() => db.OccupationReleases.AsNoTracking().OrderByDescending(r => r.Id).Select(r => r.Name).FirstOrDefaultAsync();

    public async Task<IReadOnlyList<OccupationHit>> SearchAsync(string query)
    {
        var release = await db.OccupationReleases.AsNoTracking().OrderByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync();
        if (release is null)
        {
            return [];
        }
        var titles = await index.ForReleaseAsync(release.Value, async () =>
        {
            var occupations = await db.Occupations.AsNoTracking().Select(o => new { o.Code, o.Title, o.JobZone }).ToListAsync();
            var alternates = await db.OccupationTitles.AsNoTracking().Select(t => new { t.OccupationCode, t.Title }).ToListAsync();
            return new OccupationSearchIndex.Titles(
                [.. occupations.Select(o => new OccupationSearchIndex.Entry(o.Code, o.Title, o.JobZone))],
                [.. alternates.Select(a => (a.OccupationCode, a.Title))]);
        });
        return OccupationSearchIndex.Search(titles, query, MaxHits);
    }

    public async Task<OccupationPage?> PageAsync(string code)
    {
        var occupation = await db.Occupations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code);
        if (occupation is null)
        {
            return null;
        }
        var zone = occupation.JobZone is { } z ? await db.JobZones.AsNoTracking().SingleOrDefaultAsync(j => j.Zone == z) : null;
        var elements = await db.OccupationElements.AsNoTracking().Where(e => e.OccupationCode == code)
            .OrderByDescending(e => e.Importance).ThenBy(e => e.Name).ToListAsync();
        var technologies = await db.OccupationTechnologies.AsNoTracking().Where(t => t.OccupationCode == code && (t.Hot || t.InDemand))
            .OrderByDescending(t => t.InDemand).ThenByDescending(t => t.Hot).ThenBy(t => t.Name).ToListAsync();
        var related = await db.RelatedOccupations.AsNoTracking().Where(r => r.OccupationCode == code).OrderBy(r => r.Rank)
            .Join(db.Occupations, r => r.RelatedCode, o => o.Code, (r, o) => new { o.Code, o.Title }).Take(10).ToListAsync();
        return new OccupationPage(occupation, zone,
            [.. elements.Where(e => e.Kind == OccupationElementKind.Skill).Take(10)], [.. elements.Where(e => e.Kind == OccupationElementKind.Knowledge).Take(10)],
            [.. technologies.DistinctBy(t => t.Name).Take(15)], [.. related.Select(r => (r.Code, r.Title))]);
    }

    public async Task<IReadOnlyList<JobZone>> JobZonesAsync() => await db.JobZones.AsNoTracking().OrderBy(z => z.Zone).ToListAsync();

    /// <summary>The occupations whose interests best fit the person's (<see cref="InterestFit"/>), in a job zone when one is given.</summary>
    public async Task<IReadOnlyList<OccupationSuggestion>> SuggestAsync(IReadOnlyList<AreaScore> person, int? jobZone, int count = 10)
    {
        var occupations = await db.Occupations.AsNoTracking()
            .Where(o => o.HandsOn != null && o.Investigative != null && o.Creative != null && o.Helping != null && o.Leading != null && o.Organising != null)
            .Where(o => jobZone == null || o.JobZone == jobZone)
            .Select(o => new { o.Code, o.Title, o.JobZone, o.HandsOn, o.Investigative, o.Creative, o.Helping, o.Leading, o.Organising }).ToListAsync();
        return [.. InterestFit.Rank(person, occupations.Select(o => (o,
                InterestTest.Profile(o.HandsOn!.Value, o.Investigative!.Value, o.Creative!.Value, o.Helping!.Value, o.Leading!.Value, o.Organising!.Value), o.Title)))
            .Take(count)
            .Select(x => new OccupationSuggestion(x.Item.Code, x.Item.Title, x.Item.JobZone, x.Fit))];
    }

    /// <summary>The demanded skills an option researched from this occupation starts with (<see cref="OccupationDemands"/>).</summary>
    public async Task<IReadOnlyList<(string Name, int Level)>> DemandsAsync(string code)
    {
        var elements = await db.OccupationElements.AsNoTracking().Where(e => e.OccupationCode == code).ToListAsync();
        var technologies = await db.OccupationTechnologies.AsNoTracking().Where(t => t.OccupationCode == code && (t.Hot || t.InDemand)).ToListAsync();
        return OccupationDemands.From(elements, technologies);
    }
}
