namespace CareerPlanner.Web.Pages.Plans.Reviews;

/// <summary>What the shared review form (_ReviewForm) binds to: starting and editing a review both show it.</summary>
public abstract class ReviewFormPage : PageModel
{
    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public ReviewForm Form { get; protected set; } = default!;

    public abstract string SubmitText { get; }
}
