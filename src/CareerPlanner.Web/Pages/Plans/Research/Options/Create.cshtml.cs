namespace CareerPlanner.Web.Pages.Plans.Research.Options;

public class CreateModel(AppDbContext db, OptionEditor editor, ResearchSummary research, TimeProvider time) : PageModel, IFieldsForm<OptionInput, IReadOnlyList<FitChoice>>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public OptionInput Input { get; set; } = new();

    public IReadOnlyList<FitChoice> Choices { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await research.PlanIsOwnedAsync(User.Id(), id))
        {
            return NotFound();
        }
        Choices = await editor.FitChoicesAsync(User.Id());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var userId = User.Id();
        if (!await research.PlanIsOwnedAsync(userId, id))
        {
            return NotFound();
        }
        if (!await editor.ValidateAsync(Input, ModelState))
        {
            Choices = await editor.FitChoicesAsync(userId);
            return Page();
        }

        var option = new CareerOption(id, time.GetUtcNow().UtcDateTime);
        var message = await editor.ApplyAsync(option, Input, userId);
        db.CareerOptions.Add(option);
        await db.SaveChangesAsync();
        StatusMessage = message + " Now add the skills it demands.";
        return RedirectToPage("Details", new { id, optionId = option.Id });
    }
}
