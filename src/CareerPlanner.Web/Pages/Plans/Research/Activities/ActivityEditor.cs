using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Pages.Plans.Research.Activities;

/// <summary>What creating and editing an activity share: validation, and a link only to an option of the same plan.</summary>
public sealed class ActivityEditor(AppDbContext db, IValidator<ActivityInput> validator, ResearchSummary research)
{
    public Task<List<OptionRow>> OptionsAsync(string userId, int planId) => research.OptionsAsync(userId, planId);

    public async Task<bool> ValidateAsync(ActivityInput input, string userId, int planId, ModelStateDictionary modelState)
    {
        (await validator.ValidateAsync(input)).AddTo(modelState);
        if (input.CareerOptionId is { } optionId && !await db.CareerOptions.InPlan(db.Plans, planId, userId).AnyAsync(o => o.Id == optionId))
        {
            modelState.AddInputError(nameof(ActivityInput.CareerOptionId), "Choose one of this plan's career options, or none.");
        }
        return modelState.IsValid;
    }

    public static void Apply(ExplorationActivity activity, ActivityInput input) =>
        activity.Update(input.Kind, input.Date!.Value, input.Contact, input.Learned, input.FollowUpNeeded, input.FollowUp, input.CareerOptionId);
}
