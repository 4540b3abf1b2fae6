namespace CareerPlanner.Web.Pages.SelfAssessment;

/// <summary>The person's self-assessment on its own, shared by all their plans.</summary>
public class IndexModel(SelfAssessmentSummary summary) : PageModel
{
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? StatusMessage { get; set; }

    public SelfAssessmentView View { get; private set; } = default!;

    public async Task OnGetAsync() => View = await summary.LoadAsync(User.Id(), Request.Path);
}
