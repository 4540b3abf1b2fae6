namespace CareerPlanner.Web.Pages.Plans.Reviews;

/// <summary>Edits a review; new values become readings and adjustments enter the goals' history, as when it was started.</summary>
public class EditModel(AppDbContext db, ReviewEditor editor) : ReviewFormPage
{
    [TempData]
    public string? StatusMessage { get; set; }

    public override string SubmitText => "Save changes";

    public async Task<IActionResult> OnGetAsync(int id, int reviewId)
    {
        if (await LoadAsync(id, reviewId) is not { } review)
        {
            return NotFound();
        }
        Input = ReviewEditor.ToInput(review, Form);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int reviewId)
    {
        if (await LoadAsync(id, reviewId) is not { } review)
        {
            return NotFound();
        }
        Input.Kind = review.Kind;
        if (!await editor.ValidateAsync(Input, Form, ModelState))
        {
            return Page();
        }
        if (Input.PeriodStart is { } start && start != review.PeriodStart
            && await db.Reviews.AnyAsync(r => r.PlanId == id && r.Kind == review.Kind && r.PeriodStart == start && r.Id != reviewId))
        {
            ModelState.AddInputError(nameof(ReviewInput.PeriodStart), $"There already is {Words.A(ReviewText.Name(review.Kind, start, startsSentence: false))}; open that one to change it.");
            return Page();
        }
        if (!await editor.SaveAsync(review, Input, Form, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = "Review saved.";
        return RedirectToPage("Details", new { id, reviewId });
    }

    private async Task<Review?> LoadAsync(int planId, int reviewId)
    {
        var review = await db.Reviews.InPlan(db.Plans, planId, User.Id()).Include(r => r.GoalNotes).SingleOrDefaultAsync(r => r.Id == reviewId);
        if (review is not null)
        {
            Form = (await editor.FormAsync(User.Id(), planId, review.Kind, reviewId))!.WithPeriod(review.PeriodStart);
        }
        return review;
    }
}
