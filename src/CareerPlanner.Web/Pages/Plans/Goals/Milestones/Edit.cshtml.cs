using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Goals.Milestones;

/// <summary>Edits a milestone (its date must lie between today and the goal's target date) and moves it in the sequence.</summary>
public class EditModel(AppDbContext db, MilestoneFrames frames, IValidator<MilestoneInput> validator, UserClock clock) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public MilestoneInput Input { get; set; } = new();

    public GoalFrame Goal { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, int goalId, int milestoneId)
    {
        if (await LoadAsync(id, goalId, milestoneId) is not { } milestone)
        {
            return NotFound();
        }
        Input = new MilestoneInput { Title = milestone.Title, Date = milestone.Date, ReachedOn = milestone.ReachedOn, Version = milestone.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int goalId, int milestoneId)
    {
        if (await LoadAsync(id, goalId, milestoneId) is not { } milestone)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        var today = await clock.TodayAsync(User.Id());
        if (Input.Date is { } date && date != milestone.Date && (date < today || date > Goal.TargetDate))
        {
            ModelState.AddInputError(nameof(MilestoneInput.Date),
                $"Choose a date between today ({today:d MMM yyyy}) and the goal's target date ({Goal.TargetDate:d MMM yyyy}).");
        }
        if (Input.ReachedOn is { } reached && reached > today)
        {
            ModelState.AddInputError(nameof(MilestoneInput.ReachedOn), "A milestone is reached on a day that has come; choose today or earlier.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        milestone.Title = Input.Title!.Trim();
        milestone.Date = Input.Date;
        milestone.ReachedOn = Input.ReachedOn;
        milestone.Touch();
        if (!await db.TrySaveAsync(milestone, m => m.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = "Milestone saved.";
        return RedirectToPage("/Plans/Goals/Details", new { id, goalId });
    }

    public Task<IActionResult> OnPostMoveUpAsync(int id, int goalId, int milestoneId) => MoveAsync(id, goalId, milestoneId, -1);

    public Task<IActionResult> OnPostMoveDownAsync(int id, int goalId, int milestoneId) => MoveAsync(id, goalId, milestoneId, +1);

    private async Task<IActionResult> MoveAsync(int id, int goalId, int milestoneId, int step)
    {
        if (await LoadAsync(id, goalId, milestoneId) is null)
        {
            return NotFound();
        }
        var list = await frames.ChronologicalAsync(goalId);
        var index = list.FindIndex(m => m.Id == milestoneId);
        var target = index + step;
        if (target >= 0 && target < list.Count)
        {
            (list[index], list[target]) = (list[target], list[index]);
            for (var n = 0; n < list.Count; n++)
            {
                list[n].Sequence = n + 1;
            }
            await db.SaveChangesAsync();
        }
        return RedirectToPage("/Plans/Goals/Details", new { id, goalId });
    }

    private async Task<Milestone?> LoadAsync(int planId, int goalId, int milestoneId)
    {
        if (await frames.GoalAsync(User.Id(), planId, goalId) is not { } goal)
        {
            return null;
        }
        Goal = goal;
        return await db.Milestones.SingleOrDefaultAsync(m => m.Id == milestoneId && m.GoalId == goalId);
    }
}
