namespace CareerPlanner.Web.Pages.Plans.Research;

public sealed record OptionRow(int Id, string Title, CareerOptionStatus Status, int FitRating, int DemandedSkills);

public sealed record ActivityRow(int Id, ExplorationKind Kind, DateOnly Date, string? Contact, string? Learned, bool FollowUpNeeded, string? FollowUp, string? OptionTitle);

public sealed record NoteRow(int Id, string Text, string? SourceUrl, string? OptionTitle = null);

public sealed record FitChoice(int Id, SelfAssessmentKind Kind, string Text);

/// <summary>The research stage's lists; <paramref name="HasCatalogue"/> says whether the occupation catalogue can be searched.</summary>
public sealed record ResearchView(int PlanId, IReadOnlyList<OptionRow> Options, IReadOnlyList<ActivityRow> Activities, IReadOnlyList<NoteRow> Notes, bool HasCatalogue)
{
    /// <summary>The new-note form's choice of the option the note is about.</summary>
    public NoteOptionField NoteOptions => new([.. Options.Select(o => (o.Id, o.Title))], null, "note-option");
}

/// <summary>A research note's optional "about the career option" field: the plan's options, the chosen one, the select's id.</summary>
public sealed record NoteOptionField(IReadOnlyList<(int Id, string Title)> Options, int? Selected, string Id);

/// <summary>Reads a plan's research for its hub, and the choices its forms offer.</summary>
public sealed class ResearchSummary(AppDbContext db)
{
    public async Task<ResearchView> LoadAsync(string userId, int planId)
    {
        var options = await db.CareerOptions.AsNoTracking().InPlan(db.Plans, planId, userId)
            .OrderBy(o => o.Status).ThenByDescending(o => o.FitRating).ThenBy(o => o.Title)
            .Select(o => new OptionRow(o.Id, o.Title, o.Status, o.FitRating, db.DemandedSkills.Count(d => d.CareerOptionId == o.Id)))
            .ToListAsync();
        var activities = await db.ExplorationActivities.AsNoTracking().InPlan(db.Plans, planId, userId)
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Select(a => new ActivityRow(a.Id, a.Kind, a.Date, a.Contact, a.Learned, a.FollowUpNeeded, a.FollowUp,
                db.CareerOptions.Where(o => o.Id == a.CareerOptionId).Select(o => o.Title).FirstOrDefault()))
            .ToListAsync();
        var notes = await db.ResearchNotes.AsNoTracking().InPlan(db.Plans, planId, userId)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Select(n => new NoteRow(n.Id, n.Text, n.SourceUrl, db.CareerOptions.Where(o => o.Id == n.CareerOptionId).Select(o => o.Title).FirstOrDefault()))
            .ToListAsync();
        return new ResearchView(planId, options, activities, notes, await db.OccupationReleases.AnyAsync());
    }

    /// <summary>The person's strengths, interests and values, which an option can be linked to.</summary>
    public Task<List<FitChoice>> FitChoicesAsync(string userId) =>
        db.SelfAssessmentItems.AsNoTracking()
            .Where(i => i.UserId == userId && (i.Kind == SelfAssessmentKind.Strength || i.Kind == SelfAssessmentKind.Interest || i.Kind == SelfAssessmentKind.Value))
            .OrderBy(i => i.Kind).ThenBy(i => i.Position)
            .Select(i => new FitChoice(i.Id, i.Kind, i.Text)).ToListAsync();

    public Task<List<OptionRow>> OptionsAsync(string userId, int planId) =>
        db.CareerOptions.AsNoTracking().InPlan(db.Plans, planId, userId).OrderBy(o => o.Title)
            .Select(o => new OptionRow(o.Id, o.Title, o.Status, o.FitRating, 0)).ToListAsync();

    public Task<bool> PlanIsOwnedAsync(string userId, int planId) => db.Plans.OwnedBy(userId).AnyAsync(p => p.Id == planId);

    /// <summary>The plan's career options a note or an activity can be about.</summary>
    public async Task<IReadOnlyList<(int Id, string Title)>> OptionChoicesAsync(string userId, int planId) =>
        (await db.CareerOptions.AsNoTracking().InPlan(db.Plans, planId, userId).OrderBy(o => o.Title).Select(o => new { o.Id, o.Title }).ToListAsync())
        .Select(o => (o.Id, o.Title)).ToList();

    /// <summary>Puts an error beside the option field when the chosen option is not one of the plan's.</summary>
    public async Task CheckOptionAsync(string userId, int planId, int? optionId, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string field)
    {
        if (optionId is { } id && !await db.CareerOptions.InPlan(db.Plans, planId, userId).AnyAsync(o => o.Id == id))
        {
            modelState.AddInputError(field, "Choose one of this plan's career options, or none.");
        }
    }
}
