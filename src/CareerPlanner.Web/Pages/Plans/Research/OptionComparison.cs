namespace CareerPlanner.Web.Pages.Plans.Research;

public sealed record OptionChoice(int Id, string Title, CareerOptionStatus Status, int FitRating);

/// <summary>One column of the comparison: every figure from the person's own data.</summary>
public sealed record ComparedOption(
    int Id, string Title, CareerOptionStatus Status, string? RejectionReason, int FitRating, IReadOnlyList<string> DrawsOn,
    string? OccupationCode, string? OccupationTitle, InterestFit.Fit? InterestFit, JobZone? Zone, GapSummary Skills,
    int Activities, int Notes, string? LatestFinding, string? Pros, string? Cons);

/// <summary>The comparison; <paramref name="Release"/> names the occupation catalogue's release when a compared option shows its data.</summary>
public sealed record OptionComparisonView(string PlanTitle, IReadOnlyList<OptionChoice> Options, IReadOnlyList<ComparedOption> Compared, string? Problem, string? Release = null);

/// <summary>
/// Two to four career options of a plan side by side. The selection defaults to the chosen target and the shortlisted
/// options (or, when they are fewer than two, the best-rated ones). A fixed number of queries whatever the number of
/// demanded skills, activities or linked items.
/// </summary>
public sealed class OptionComparison(AppDbContext db, SkillInventory inventory, Occupations.OccupationCatalogue catalogue)
{
    public const int Min = 2;
    public const int Max = 4;

    /// <summary>The comparison, or null when a requested option is not one of the plan's (or the plan is not the person's).</summary>
    public async Task<OptionComparisonView?> LoadAsync(string userId, int planId, IReadOnlyCollection<int> requested)
    {
        if (await db.Plans.OwnedBy(userId).Where(p => p.Id == planId).Select(p => p.Title).FirstOrDefaultAsync() is not { } planTitle)
        {
            return null;
        }
        var options = await db.CareerOptions.AsNoTracking().Where(o => o.PlanId == planId)
            .OrderBy(o => o.Status).ThenByDescending(o => o.FitRating).ThenBy(o => o.Title)
            .Select(o => new OptionChoice(o.Id, o.Title, o.Status, o.FitRating)).ToListAsync();
        if (requested.Any(id => options.All(o => o.Id != id)))
        {
            return null;
        }
        string? problem = null;
        var selected = requested.Distinct().ToList();
        if (selected.Count == 0)
        {
            selected = [.. options.Where(o => o.Status is CareerOptionStatus.ChosenTarget or CareerOptionStatus.Shortlisted).Select(o => o.Id).Take(Max)];
            if (selected.Count < Min)
            {
                selected = [.. selected.Concat(options.Where(o => !selected.Contains(o.Id)).OrderByDescending(o => o.FitRating).Select(o => o.Id)).Take(Min)];
            }
        }
        else if (selected.Count > Max)
        {
            problem = $"Compare up to {Max} options at a time: the first {Max} you ticked are shown.";
            selected = [.. selected.Take(Max)];
        }
        if (selected.Count < Min)
        {
            problem = options.Count < Min ? "Add a second option to this plan to compare them." : "Tick at least two options to compare them.";
            return new OptionComparisonView(planTitle, options, [], problem);
        }

        var rows = await db.CareerOptions.AsNoTracking().Where(o => selected.Contains(o.Id))
            .Select(o => new { o.Id, o.Title, o.Status, o.RejectionReason, o.FitRating, o.OccupationCode, o.Pros, o.Cons }).ToListAsync();
        var drawsOn = await db.Set<CareerOptionFit>().AsNoTracking().Where(f => selected.Contains(f.CareerOptionId))
            .Join(db.SelfAssessmentItems, f => f.SelfAssessmentItemId, i => i.Id, (f, i) => new { f.CareerOptionId, i.Kind, i.Position, i.Text }).ToListAsync();
        var demanded = await db.DemandedSkills.AsNoTracking().Where(d => selected.Contains(d.CareerOptionId))
            .Select(d => new { d.CareerOptionId, d.Name, d.RequiredLevel }).ToListAsync();
        var mine = await inventory.LoadAsync(userId);
        var activities = await db.ExplorationActivities.AsNoTracking().Where(a => a.CareerOptionId != null && selected.Contains(a.CareerOptionId.Value))
            .Select(a => new { OptionId = a.CareerOptionId!.Value, a.Kind, a.Date, a.Contact, a.Id }).ToListAsync();
        var notes = await db.ResearchNotes.AsNoTracking().Where(n => n.CareerOptionId != null && selected.Contains(n.CareerOptionId.Value))
            .Select(n => new { OptionId = n.CareerOptionId!.Value, n.Text, n.CreatedAtUtc, n.Id }).ToListAsync();
        var codes = rows.Select(r => r.OccupationCode).OfType<string>().Distinct().ToList();
        var occupations = codes.Count == 0 ? [] : await db.Occupations.AsNoTracking().Where(o => codes.Contains(o.Code)).ToListAsync();
        var zones = occupations.Any(o => o.JobZone is not null) ? await db.JobZones.AsNoTracking().ToListAsync() : [];
        var release = occupations.Count == 0 ? null : await catalogue.ReleaseAsync();
        var test = occupations.Count == 0 ? null : await db.InterestTestResults.AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.TakenAtUtc).ThenByDescending(r => r.Id).FirstOrDefaultAsync();

        var compared = selected.Select(id => rows.Single(r => r.Id == id)).Select(r =>
        {
            var occupation = occupations.FirstOrDefault(o => o.Code == r.OccupationCode);
            var found = activities.Where(a => a.OptionId == r.Id).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).ToList();
            var noted = notes.Where(n => n.OptionId == r.Id).OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).ToList();
            var latestActivity = found.FirstOrDefault();
            var latestNote = noted.FirstOrDefault();
            var noteDay = latestNote is null ? (DateOnly?)null : DateOnly.FromDateTime(latestNote.CreatedAtUtc);
            var latest = latestNote is not null && (latestActivity is null || noteDay >= latestActivity.Date)
                ? $"note “{(latestNote.Text.Length > 60 ? latestNote.Text[..60] + "…" : latestNote.Text)}” on {noteDay:d MMM yyyy}"
                : latestActivity is null ? null
                : $"{latestActivity.Kind.Title()} on {latestActivity.Date:d MMM yyyy}{(latestActivity.Contact is { } who ? $" with {who}" : "")}";
            return new ComparedOption(
                r.Id, r.Title, r.Status, r.RejectionReason, r.FitRating,
                [.. drawsOn.Where(d => d.CareerOptionId == r.Id).OrderBy(d => d.Kind).ThenBy(d => d.Position).Select(d => d.Text)],
                occupation?.Code, occupation?.Title,
                occupation?.Interests is { } interests && test is not null ? InterestFit.Of(test.Ranked, interests) : null,
                zones.FirstOrDefault(z => z.Zone == occupation?.JobZone),
                GapSummary.Of(mine.Gap(demanded.Where(d => d.CareerOptionId == r.Id).Select(d => (d.Name, d.RequiredLevel)))),
                found.Count, noted.Count, latest, r.Pros, r.Cons);
        }).ToList();
        return new OptionComparisonView(planTitle, options, compared, problem, release);
    }
}
