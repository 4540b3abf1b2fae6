using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Goals.Milestones;

public sealed class MilestoneInput
{
    [Display(Name = "Milestone")]
    public string? Title { get; set; }

    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Reached on (leave empty until it is)")]
    public DateOnly? ReachedOn { get; set; }

    public Guid Version { get; set; }
}

public sealed class MilestoneInputValidator : AbstractValidator<MilestoneInput>
{
    public MilestoneInputValidator() =>
        RuleFor(x => x.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Say what must be true at this point, e.g. \"Passed two practice exams\".")
            .MaximumLength(Milestone.TitleMaxLength).WithMessage($"Keep the milestone to {Milestone.TitleMaxLength} characters or fewer.");
}

/// <summary>The goal a milestone page works on, read only if it is in one of this person's plans.</summary>
public sealed record GoalFrame(int PlanId, int GoalId, string Title, DateOnly TargetDate);

public sealed class MilestoneFrames(AppDbContext db)
{
    public Task<GoalFrame?> GoalAsync(string userId, int planId, int goalId) =>
        db.Goals.AsNoTracking().InPlan(db.Plans, planId, userId).Where(g => g.Id == goalId)
            .Select(g => new GoalFrame(g.PlanId, g.Id, g.Title, g.TargetDate)).SingleOrDefaultAsync();

    public Task<List<Milestone>> ChronologicalAsync(int goalId) =>
        db.Milestones.Where(m => m.GoalId == goalId).OrderBy(m => m.Sequence).ThenBy(m => m.Id).ToListAsync();
}
