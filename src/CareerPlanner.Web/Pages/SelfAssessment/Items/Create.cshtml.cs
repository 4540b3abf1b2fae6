using FluentValidation;

namespace CareerPlanner.Web.Pages.SelfAssessment.Items;

/// <summary>Adds an entry to one of the person's lists (the hub's inline form posts here; errors show here, text kept).</summary>
public class CreateModel(AppDbContext db, IValidator<ItemInput> validator) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ItemInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public SelfAssessmentKind Kind { get; private set; }

    public IActionResult OnGet(SelfAssessmentKind kind) => Enum.IsDefined(kind) ? Shown(kind) : NotFound();

    public async Task<IActionResult> OnPostAsync(SelfAssessmentKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            return NotFound();
        }
        Kind = kind;
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userId = User.Id();
        var last = await db.SelfAssessmentItems.Where(i => i.UserId == userId && i.Kind == kind).MaxAsync(i => (int?)i.Position) ?? 0;
        db.SelfAssessmentItems.Add(new SelfAssessmentItem(userId, kind, Input.Text!, Input.Note, last + 1));
        await db.SaveChangesAsync();
        StatusMessage = $"Added to {kind.Plural().ToLowerInvariant()}.";
        return LocalRedirect(Url.LocalOr(ReturnUrl, "/SelfAssessment/Index"));
    }

    private PageResult Shown(SelfAssessmentKind kind)
    {
        Kind = kind;
        return Page();
    }
}
