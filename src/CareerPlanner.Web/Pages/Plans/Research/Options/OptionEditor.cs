using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Pages.Plans.Research.Options;

/// <summary>What creating and editing an option share: validation, the links to the person's items, and the one-target rule.</summary>
public sealed class OptionEditor(AppDbContext db, IValidator<OptionInput> validator, ResearchSummary research)
{
    public Task<List<FitChoice>> FitChoicesAsync(string userId) => research.FitChoicesAsync(userId);

    public async Task<bool> ValidateAsync(OptionInput input, ModelStateDictionary modelState)
    {
        (await validator.ValidateAsync(input)).AddTo(modelState);
        return modelState.IsValid;
    }

    /// <summary>
    /// Applies the input. Only the person's own items can be linked. A plan has at most one chosen target, so
    /// choosing this option steps any other target down to shortlisted; the message says which.
    /// </summary>
    public async Task<string> ApplyAsync(CareerOption option, OptionInput input, string userId)
    {
        var ownItems = await db.SelfAssessmentItems.Where(i => i.UserId == userId && input.FitItemIds.Contains(i.Id)).Select(i => i.Id).ToListAsync();
        option.Update(input.Title!, input.WhyItFits, input.Pros, input.Cons, input.FitRating!.Value, input.Status, input.RejectionReason, ownItems);
        return input.Status != CareerOptionStatus.ChosenTarget ? $"\"{option.Title}\" saved." : await StepDownOthersAsync(option);
    }

    /// <summary>Makes the option the plan's chosen target, stepping any other down to shortlisted; the message says which.</summary>
    public async Task<string> ChooseAsync(CareerOption option)
    {
        option.ChooseAsTarget();
        return await StepDownOthersAsync(option);
    }

    private async Task<string> StepDownOthersAsync(CareerOption option)
    {
        var others = await db.CareerOptions
            .Where(o => o.PlanId == option.PlanId && o.Id != option.Id && o.Status == CareerOptionStatus.ChosenTarget)
            .ToListAsync();
        others.ForEach(o => o.StepDownAsTarget());
        return others.Count == 0
            ? $"\"{option.Title}\" is now your chosen target."
            : $"\"{option.Title}\" is now your chosen target; \"{string.Join("\", \"", others.Select(o => o.Title))}\" went back to shortlisted.";
    }
}
