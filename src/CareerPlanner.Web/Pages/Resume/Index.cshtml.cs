using System.ComponentModel.DataAnnotations;
using System.Text;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Resume;

public sealed class ResumeTextInput
{
    [Display(Name = "Headline (optional)")]
    public string? Headline { get; set; }

    [Display(Name = "Summary (optional)")]
    public string? Summary { get; set; }

    public Guid Version { get; set; }
}

public sealed class ResumeTextInputValidator : AbstractValidator<ResumeTextInput>
{
    public ResumeTextInputValidator()
    {
        RuleFor(x => x.Headline).MaximumLength(ResumeSettings.HeadlineMaxLength).WithMessage($"Keep the headline to {ResumeSettings.HeadlineMaxLength} characters or fewer.");
        RuleFor(x => x.Summary).MaximumLength(ResumeSettings.SummaryMaxLength).WithMessage($"Keep the summary to {ResumeSettings.SummaryMaxLength} characters or fewer.");
    }
}

/// <summary>
/// The résumé built from the career history, skills, learning and brand: each item included or left out with one
/// click, sections moved up and down, its own headline and summary; printed without the controls, or downloaded as a
/// JSON Resume.
/// </summary>
public class IndexModel(ResumeBuilder builder, AppDbContext db, IValidator<ResumeTextInput> validator, TimeProvider time) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ResumeTextInput Input { get; set; } = new();

    public ResumeView Resume { get; private set; } = default!;

    public async Task OnGetAsync()
    {
        Resume = await builder.LoadAsync(User.Id());
        Input = new ResumeTextInput { Headline = Resume.OwnHeadline, Summary = Resume.OwnSummary, Version = Resume.Version };
    }

    public async Task<IActionResult> OnGetJsonAsync()
    {
        var resume = await builder.LoadAsync(User.Id());
        return File(new UTF8Encoding(false).GetBytes(JsonResume.Write(resume, time.GetUtcNow().UtcDateTime)), "application/json", "resume.json");
    }

    public async Task<IActionResult> OnPostTextAsync()
    {
        var userId = User.Id();
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            Resume = await builder.LoadAsync(userId);
            return Page();
        }
        var settings = await builder.SettingsAsync(userId);
        settings.Headline = Input.Headline.TrimToNull();
        settings.Summary = Input.Summary.TrimToNull();
        if (db.Entry(settings).State == EntityState.Added)
        {
            return await SaveAsync(settings, "Headline and summary saved for your résumé.", "resume-text");
        }
        settings.Touch();
        if (!await db.TrySaveAsync(settings, s => s.Version, Input.Version, ModelState))
        {
            Resume = await builder.LoadAsync(userId);
            return Page();
        }
        StatusMessage = "Headline and summary saved for your résumé.";
        return RedirectToPage("Index", null, null, "resume-text");
    }

    public async Task<IActionResult> OnPostIncludeAsync(ResumeItemKind kind, int itemId, bool include)
    {
        if (!Enum.IsDefined(kind) || !await builder.IncludeAsync(User.Id(), kind, itemId, include))
        {
            return NotFound();
        }
        StatusMessage = include ? "Put back on your résumé." : "Left out of your résumé.";
        return RedirectToPage("Index", null, null, $"{kind.ToString().ToLowerInvariant()}-{itemId}");
    }

    public async Task<IActionResult> OnPostMoveAsync(ResumeSection section, int by)
    {
        if (!Enum.IsDefined(section) || by is not (-1 or 1))
        {
            return NotFound();
        }
        var settings = await builder.SettingsAsync(User.Id());
        settings.SectionOrder = string.Join(',', ResumeSettings.Move(ResumeSettings.Order(settings.SectionOrder), section, by));
        return await SaveAsync(settings, $"{ResumeView.SectionTitle(section)} moved {(by < 0 ? "up" : "down")}.", "section-order");
    }

    private async Task<IActionResult> SaveAsync(ResumeSettings settings, string message, string fragment)
    {
        settings.Touch();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two first saves at once (a double click) both made the settings row: the other one won; say so and show the page again.
            StatusMessage = "Your résumé was being changed at the same moment: look it over and try again.";
        }
        StatusMessage ??= message;
        return RedirectToPage("Index", null, null, fragment);
    }
}
