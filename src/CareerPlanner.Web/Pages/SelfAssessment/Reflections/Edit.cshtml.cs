using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.SelfAssessment.Reflections;

public sealed class ReflectionInput
{
    [Display(Name = "Your reflection")]
    public string? Text { get; set; }

    public Guid Version { get; set; }
}

public sealed class ReflectionInputValidator : AbstractValidator<ReflectionInput>
{
    public ReflectionInputValidator() =>
        RuleFor(x => x.Text).MaximumLength(Reflection.TextMaxLength)
            .WithMessage($"Keep this to {Reflection.TextMaxLength} characters or fewer.");
}

/// <summary>One reflection (ideal job, ideal life, lessons, what others said); saving it empty clears it.</summary>
public class EditModel(AppDbContext db, IValidator<ReflectionInput> validator, TimeProvider time) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ReflectionInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public ReflectionKind Kind { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind)
    {
        if (ReflectionKinds.FromSlug(kind) is not { } found)
        {
            return NotFound();
        }
        Kind = found;
        Input = await db.Reflections.AsNoTracking().Where(r => r.UserId == User.Id() && r.Kind == found)
            .Select(r => new ReflectionInput { Text = r.Text, Version = r.Version }).SingleOrDefaultAsync() ?? new ReflectionInput();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind)
    {
        if (ReflectionKinds.FromSlug(kind) is not { } found)
        {
            return NotFound();
        }
        Kind = found;
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userId = User.Id();
        var now = time.GetUtcNow().UtcDateTime;
        var reflection = await db.Reflections.SingleOrDefaultAsync(r => r.UserId == userId && r.Kind == found);
        if (reflection is null)
        {
            reflection = new Reflection(userId, found);
            reflection.Write(Input.Text, now);
            db.Reflections.Add(reflection);
            await db.SaveChangesAsync();
        }
        else
        {
            reflection.Write(Input.Text, now);
            if (!await db.TrySaveAsync(reflection, r => r.Version, Input.Version, ModelState))
            {
                return Page();
            }
        }
        StatusMessage = $"{found.Title()} saved.";
        return LocalRedirect(Url.LocalOr(ReturnUrl, "/SelfAssessment/Index"));
    }
}
