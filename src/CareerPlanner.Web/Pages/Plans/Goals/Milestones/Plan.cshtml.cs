using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Goals.Milestones;

/// <summary>
/// Plans a goal backwards: "what must be true just before…?", asked of the goal, then of each answer, until the
/// person has reached today. Answers are kept in time order (the newest answer first).
/// </summary>
public class PlanModel(AppDbContext db, MilestoneFrames frames, IValidator<MilestoneInput> validator, UserClock clock) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public MilestoneInput Input { get; set; } = new();

    public GoalFrame Goal { get; private set; } = default!;
    public IReadOnlyList<string> Chain { get; private set; } = [];

    /// <summary>What the question is asked of: the earliest milestone so far, or the goal itself.</summary>
    public string AskingAbout => Chain.Count == 0 ? Goal.Title : Chain[0];

    public async Task<IActionResult> OnGetAsync(int id, int goalId) => await LoadAsync(id, goalId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int id, int goalId)
    {
        if (!await LoadAsync(id, goalId))
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var chronological = await frames.ChronologicalAsync(goalId);
        var earlier = new Milestone(goalId, Input.Title!, 0);
        db.Milestones.Add(earlier);
        MilestonePlanning.PlanBefore(chronological, earlier, (m, n) => m.Sequence = n);
        await db.SaveChangesAsync();
        return RedirectToPage(new { id, goalId });
    }

    /// <summary>Spreads the milestones' dates evenly between today and the goal's target date; each can then be changed.</summary>
    public async Task<IActionResult> OnPostSuggestDatesAsync(int id, int goalId)
    {
        if (!await LoadAsync(id, goalId))
        {
            return NotFound();
        }
        var chronological = await frames.ChronologicalAsync(goalId);
        var today = await clock.TodayAsync(User.Id());
        var dates = MilestonePlanning.SuggestDates(today, Goal.TargetDate, chronological.Count);
        for (var index = 0; index < chronological.Count; index++)
        {
            chronological[index].Date = dates[index];
            chronological[index].Touch();
        }
        await db.SaveChangesAsync();
        StatusMessage = "Dates suggested between today and the goal's target date. Change any that do not suit.";
        return RedirectToPage("/Plans/Goals/Details", new { id, goalId });
    }

    private async Task<bool> LoadAsync(int planId, int goalId)
    {
        if (await frames.GoalAsync(User.Id(), planId, goalId) is not { } goal)
        {
            return false;
        }
        Goal = goal;
        Chain = [.. (await frames.ChronologicalAsync(goalId)).Select(m => m.Title)];
        return true;
    }
}
