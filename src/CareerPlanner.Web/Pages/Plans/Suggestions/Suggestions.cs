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
