namespace CareerPlanner.Web.Pages.Plans.Research.Activities;

public class EditModel(AppDbContext db, ActivityEditor editor) : PageModel, IFieldsForm<ActivityInput, IReadOnlyList<OptionRow>>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    public IReadOnlyList<OptionRow> Choices { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, int activityId)
    {
        var userId = User.Id();
        var activity = await db.ExplorationActivities.AsNoTracking().InPlan(db.Plans, id, userId).Where(a => a.Id == activityId)
            .Select(a => new ActivityInput
            {
                Kind = a.Kind, Date = a.Date, Contact = a.Contact, Learned = a.Learned, FollowUpNeeded = a.FollowUpNeeded,
                FollowUp = a.FollowUp, CareerOptionId = a.CareerOptionId, Version = a.Version,
            })
            .SingleOrDefaultAsync();
        if (activity is null)
        {
            return NotFound();
        }
        Input = activity;
        Choices = await editor.OptionsAsync(userId, id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int activityId)
    {
        var userId = User.Id();
        var activity = await db.ExplorationActivities.InPlan(db.Plans, id, userId).SingleOrDefaultAsync(a => a.Id == activityId);
        if (activity is null)
        {
            return NotFound();
        }
        if (await editor.ValidateAsync(Input, userId, id, ModelState))
        {
            ActivityEditor.Apply(activity, Input);
            if (await db.TrySaveAsync(activity, a => a.Version, Input.Version, ModelState))
            {
                StatusMessage = "Activity saved.";
                return RedirectToPage("/Plans/Wizard/Stage", new { id, stage = "research" });
            }
        }
        Choices = await editor.OptionsAsync(userId, id);
        return Page();
    }
}
