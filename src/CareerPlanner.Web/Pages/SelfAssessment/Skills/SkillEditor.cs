using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Pages.SelfAssessment.Skills;

/// <summary>The checks a skill needs before it is saved: the input's rules, then a name the person does not already use.</summary>
public sealed class SkillEditor(AppDbContext db, IValidator<SkillInput> validator)
{
    public async Task<bool> ValidateAsync(SkillInput input, string userId, int? skillId, ModelStateDictionary modelState)
    {
        (await validator.ValidateAsync(input)).AddTo(modelState);
        if (!modelState.IsValid)
        {
            return false;
        }
        var normalized = Skill.Normalize(input.Name!);
        if (await db.Skills.AnyAsync(s => s.UserId == userId && s.NormalizedName == normalized && s.Id != skillId))
        {
            modelState.AddInputError(nameof(SkillInput.Name), $"You already have a skill called \"{input.Name!.Trim()}\". Edit that one, or use another name.");
            return false;
        }
        return true;
    }
}
