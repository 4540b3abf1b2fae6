using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Learning;

/// <summary>Edits a learning item; finishing one that builds skills goes on to offer raising their ratings.</summary>
public class EditModel(AppDbContext db, IValidator<LearningInput> validator, LearningEditor editor, PersonSkills skills, UserClock clock) : PageModel, IFieldsForm<LearningInput, IReadOnlyList<SkillChoice>>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public LearningInput Input { get; set; } = new();

    public IReadOnlyList<SkillChoice> Choices { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int learningId)
    {
        var item = await db.LearningItems.AsNoTracking().Include(i => i.Skills).SingleOrDefaultAsync(i => i.Id == learningId && i.UserId == User.Id());
        if (item is null)
        {
            return NotFound();
        }
        Input = new LearningInput
        {
            Title = item.Title, Kind = item.Kind, Status = item.Status, StartedOn = item.StartedOn, FinishedOn = item.FinishedOn,
            Learned = item.Learned, SkillIds = [.. item.Skills.Select(s => s.SkillId)], Version = item.Version,
        };
        Choices = await skills.ForAsync(User.Id());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int learningId)
    {
        var userId = User.Id();
        var item = await db.LearningItems.Include(i => i.Skills).SingleOrDefaultAsync(i => i.Id == learningId && i.UserId == userId);
        if (item is null)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (ModelState.IsValid)
        {
            var finished = await editor.ApplyAsync(item, Input, userId, await clock.TodayAsync(userId));
            if (await db.TrySaveAsync(item, i => i.Version, Input.Version, ModelState))
            {
                StatusMessage = finished ? "Finished — well done. Has it raised your skills?" : "Saved.";
                return finished ? RedirectToPage("RaiseSkills", new { learningId }) : RedirectToPage("Index");
            }
        }
        Choices = await skills.ForAsync(userId);
        return Page();
    }
}
