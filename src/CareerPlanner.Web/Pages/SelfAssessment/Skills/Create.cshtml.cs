using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.SelfAssessment.Skills;

public class CreateModel(AppDbContext db, SkillEditor editor, UserClock clock) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public SkillInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.Id();
        if (!await editor.ValidateAsync(Input, userId, skillId: null, ModelState))
        {
            return Page();
        }
        db.Skills.Add(new Skill(userId, Input.Name!, Input.Category, Input.Rating!.Value, Input.Evidence, await clock.TodayAsync(userId)));
        await db.SaveChangesAsync();
        StatusMessage = $"Skill \"{Input.Name!.Trim()}\" added.";
        return LocalRedirect(Url.LocalOr(ReturnUrl, "/SelfAssessment/Index"));
    }
}
