using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Learning;

public class CreateModel(AppDbContext db, IValidator<LearningInput> validator, LearningEditor editor, PersonSkills skills, UserClock clock) : PageModel, IFieldsForm<LearningInput, IReadOnlyList<SkillChoice>>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public LearningInput Input { get; set; } = new();

    public IReadOnlyList<SkillChoice> Choices { get; private set; } = default!;

    public async Task OnGetAsync() => Choices = await skills.ForAsync(User.Id());

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.Id();
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            Choices = await skills.ForAsync(userId);
            return Page();
        }
        var item = new LearningItem(userId);
        var finished = await editor.ApplyAsync(item, Input, userId, await clock.TodayAsync(userId));
        db.LearningItems.Add(item);
        await db.SaveChangesAsync();
        StatusMessage = $"\"{item.Title}\" added to your learning log.";
        return finished ? RedirectToPage("RaiseSkills", new { learningId = item.Id }) : RedirectToPage("Index");
    }
}
