namespace CareerPlanner.Web.Pages.Plans.Research.Options;

public class EditModel(AppDbContext db, OptionEditor editor) : PageModel, IFieldsForm<OptionInput, IReadOnlyList<FitChoice>>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public OptionInput Input { get; set; } = new();

    public IReadOnlyList<FitChoice> Choices { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, int optionId)
    {
        var userId = User.Id();
        var option = await db.CareerOptions.AsNoTracking().InPlan(db.Plans, id, userId).Where(o => o.Id == optionId)
            .Select(o => new OptionInput
            {
                Title = o.Title, WhyItFits = o.WhyItFits, Pros = o.Pros, Cons = o.Cons, FitRating = o.FitRating,
                Status = o.Status, RejectionReason = o.RejectionReason, Version = o.Version,
                FitItemIds = o.Fits.Select(f => f.SelfAssessmentItemId).ToList(),
            })
            .SingleOrDefaultAsync();
        if (option is null)
        {
            return NotFound();
        }
        Input = option;
        Choices = await editor.FitChoicesAsync(userId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int optionId)
    {
        var userId = User.Id();
        var option = await db.CareerOptions.InPlan(db.Plans, id, userId).Include(o => o.Fits).SingleOrDefaultAsync(o => o.Id == optionId);
        if (option is null)
        {
            return NotFound();
        }
        if (await editor.ValidateAsync(Input, ModelState))
        {
            var message = await editor.ApplyAsync(option, Input, userId);
            if (await db.TrySaveAsync(option, o => o.Version, Input.Version, ModelState))
            {
                StatusMessage = message;
                return RedirectToPage("Details", new { id, optionId });
            }
        }
        Choices = await editor.FitChoicesAsync(userId);
        return Page();
    }
}
