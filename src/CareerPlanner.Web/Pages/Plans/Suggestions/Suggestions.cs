using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Suggestions;

/// <summary>An open suggestion of a mentor, as the owner's dashboard and forms show it.</summary>
public sealed record OpenSuggestion(int Id, int PlanId, string PlanTitle, SuggestionKind Kind, string Title, string? Reason, string Author);

/// <summary>A mentor's suggestion taken into the plan: it opens the normal form pre-filled, and saving that form accepts it.</summary>
public sealed class SuggestionInbox(AppDbContext db, TimeProvider time)
{
    /// <summary>The open suggestion of this kind on this owner's plan (null when there is none such).</summary>
    public Task<OpenSuggestion?> FindAsync(string ownerId, int planId, int? suggestionId, SuggestionKind kind) =>
        suggestionId is not { } id ? Task.FromResult<OpenSuggestion?>(null)
        : db.PlanSuggestions.AsNoTracking().InPlan(db.Plans, planId, ownerId)
            .Where(s => s.Id == id && s.Kind == kind && s.State == SuggestionState.Open)
            .Select(s => new OpenSuggestion(s.Id, s.PlanId, "", s.Kind, s.Title, s.Reason, "")).SingleOrDefaultAsync();

    /// <summary>The open suggestions on the owner's active plans, oldest first, with who made them.</summary>
    public async Task<IReadOnlyList<OpenSuggestion>> OpenAsync(string ownerId) =>
        await db.PlanSuggestions.AsNoTracking()
            .Where(s => s.State == SuggestionState.Open && db.Plans.OwnedBy(ownerId).Where(p => !p.IsArchived).Select(p => p.Id).Contains(s.PlanId))
            .OrderBy(s => s.CreatedAtUtc).ThenBy(s => s.Id)
            .Select(s => new OpenSuggestion(s.Id, s.PlanId, db.Plans.Where(p => p.Id == s.PlanId).Select(p => p.Title).First(), s.Kind, s.Title, s.Reason,
                db.UserProfiles.Where(p => p.UserId == s.AuthorId).Select(p => p.DisplayName).FirstOrDefault()
                    ?? db.Users.Where(a => a.Id == s.AuthorId).Select(a => a.Email).FirstOrDefault() ?? "A former mentor"))
            .ToListAsync();

    /// <summary>Marks it accepted, in the same save as the goal or action made from it.</summary>
    public async Task AcceptAsync(string ownerId, int planId, int? suggestionId)
    {
        if (suggestionId is { } id && await db.PlanSuggestions.InPlan(db.Plans, planId, ownerId).SingleOrDefaultAsync(s => s.Id == id && s.State == SuggestionState.Open) is { } suggestion)
        {
            suggestion.Accept(time.GetUtcNow().UtcDateTime);
        }
    }
}

public sealed class DeclineInput
{
    [Display(Name = "A note for them (optional)")]
    public string? Note { get; set; }
}

public sealed class DeclineInputValidator : AbstractValidator<DeclineInput>
{
    public DeclineInputValidator() =>
        RuleFor(x => x.Note).MaximumLength(PlanSuggestion.NoteMaxLength).WithMessage($"Keep the note to {PlanSuggestion.NoteMaxLength} characters.");
}
