using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.SelfAssessment.Skills;

/// <summary>The checks a skill needs before it is saved: the input's rules, then a name the person does not already use.</summary>
public sealed class SkillEditor(AppDbContext db, IValidator<SkillInput> validator, UserCalendars calendars, UserClock clock)
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
            modelState.AddModelError("Input.Name", $"You already have a skill called \"{input.Name!.Trim()}\". Edit that one, or use another name.");
            return false;
        }
        return true;
    }

    /// <summary>"Last updated" is the person's own calendar date.</summary>
    public async Task<DateOnly> TodayAsync(string userId) => clock.Today(await calendars.ForAsync(userId));
}
