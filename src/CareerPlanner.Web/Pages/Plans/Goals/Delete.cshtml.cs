using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Goals;

public sealed class DeleteGoalInput
{
    [Display(Name = "Why you are removing it")]
    public string? Reason { get; set; }
}

public sealed class DeleteGoalInputValidator : AbstractValidator<DeleteGoalInput>
{
    public DeleteGoalInputValidator() =>
        RuleFor(x => x.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Say why you are removing this goal; it stays in the plan's history.")
            .MaximumLength(Goal.ReasonMaxLength).WithMessage($"Keep the reason to {Goal.ReasonMaxLength} characters or fewer.");
}

/// <summary>Removes a goal after a confirmation and a reason; its history stays with the plan under "removed goals".</summary>
public class DeleteModel(AppDbContext db, IValidator<DeleteGoalInput> validator, GoalEditor editor) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public DeleteGoalInput Input { get; set; } = new();

    public string GoalTitle { get; private set; } = "";
    public int Readings { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int goalId)
    {
        var goal = await db.Goals.AsNoTracking().InPlan(db.Plans, id, User.Id()).Where(g => g.Id == goalId)
            .Select(g => new { g.Title, Readings = db.ProgressReadings.Count(r => r.GoalId == g.Id) }).SingleOrDefaultAsync();
        if (goal is null)
        {
            return NotFound();
        }
        (GoalTitle, Readings) = (goal.Title, goal.Readings);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int goalId)
    {
        var goal = await db.Goals.InPlan(db.Plans, id, User.Id()).SingleOrDefaultAsync(g => g.Id == goalId);
        if (goal is null)
        {
            return NotFound();
        }
        GoalTitle = goal.Title;
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        editor.RecordChanges(goal, [(GoalBoard.DeletedField, goal.Title, null)], Input.Reason);
        db.Goals.Remove(goal);
        await db.SaveChangesAsync();
        StatusMessage = $"Goal \"{goal.Title}\" removed. Its history is kept under removed goals.";
        return RedirectToPage("Index", new { id });
    }
}
