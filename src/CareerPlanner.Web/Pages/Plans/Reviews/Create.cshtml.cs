namespace CareerPlanner.Web.Pages.Plans.Reviews;

/// <summary>
/// Starts a check-in or a review. There is one quarterly review per quarter (and one annual review per year): opening
/// the form for a period that has one edits it, and a second one saved for the same period updates the first.
/// </summary>
public class CreateModel(AppDbContext db, ReviewEditor editor, QuarterReport report) : ReviewFormPage
{
    [TempData]
    public string? StatusMessage { get; set; }

    public override string SubmitText => $"Save the {Form.Kind.Title().ToLowerInvariant()}";

    public async Task<IActionResult> OnGetAsync(int id, string kind, DateOnly? period)
    {
        if (ReviewText.KindFromSlug(kind) is not { } k || await editor.FormAsync(User.Id(), id, k, null) is not { } form)
        {
            return NotFound();
        }
        var start = period is { } p && form.Periods.Count > 0 && ReviewPeriods.Covering(k, p, form.FirstDayOfWeek).Start == p && p <= form.Today ? p : (DateOnly?)null;
        Input = ReviewEditor.NewInput(form, start);
        Form = form.WithPeriod(start);
        if (k.IsThorough() && await ExistingAsync(id, k, Input.PeriodStart) is { } existing)
        {
            return RedirectToPage("Edit", new { id, reviewId = existing.Id });
        }
        if (k == ReviewKind.Quarterly && await report.LoadAsync(User.Id(), id, ReviewPeriods.Covering(k, Input.PeriodStart!.Value, form.FirstDayOfWeek)) is { } quarter)
        {
            Input.WentWell = WinsOf(quarter);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string kind)
    {
        if (ReviewText.KindFromSlug(kind) is not { } k || await editor.FormAsync(User.Id(), id, k, null) is not { } form)
        {
            return NotFound();
        }
        Form = form.WithPeriod(Input.PeriodStart);
        Input.Kind = k;
        if (!await editor.ValidateAsync(Input, Form, ModelState))
        {
            return Page();
        }
        if (k.IsThorough() && await ExistingAsync(id, k, Input.PeriodStart) is { } existing)
        {
            if (!await editor.SaveAsync(existing, Input, form, existing.Version, ModelState))
            {
                return Page();
            }
            StatusMessage = $"There already was {Words.A(ReviewText.Name(k, existing.PeriodStart, startsSentence: false))}: it is updated with what you entered.";
            return RedirectToPage("Details", new { id, reviewId = existing.Id });
        }
        var review = await editor.AddAsync(Input, form);
        StatusMessage = $"{k.Title()} saved.";
        return RedirectToPage("Details", new { id, reviewId = review.Id });
    }

    private Task<Review?> ExistingAsync(int planId, ReviewKind kind, DateOnly? periodStart) =>
        db.Reviews.Include(r => r.GoalNotes).SingleOrDefaultAsync(r => r.PlanId == planId && r.Kind == kind && r.PeriodStart == periodStart);

    /// <summary>The quarter's wins, so they are not forgotten at review time; the person edits them freely.</summary>
    private static string? WinsOf(QuarterView quarter)
    {
        var wins = quarter.Achievements.Select(a => $"Achieved: {a.Text}")
            .Concat(quarter.MilestonesReached.Select(m => $"Milestone reached: {m.Text}"))
            .Concat(quarter.LearningFinished.Select(l => $"Finished learning: {l.Text}"))
            .Concat(quarter.Completed.Count > 0 ? [$"Completed {quarter.Completed.Count} action{(quarter.Completed.Count == 1 ? "" : "s")}"] : [])
            .ToList();
        return wins.Count == 0 ? null : string.Join(Environment.NewLine, wins);
    }
}
