namespace CareerPlanner.Web.Pages.Plans;

/// <summary>Whole plans side by side (<see cref="PlanComparison"/>).</summary>
public class CompareModel(PlanComparison comparison) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public List<int> Selected { get; set; } = [];

    public PlanComparisonView View { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await comparison.LoadAsync(User.Id(), Selected) is not { } view)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }
}
