using FluentValidation;

namespace CareerPlanner.Web.Pages.SelfAssessment.Items;

/// <summary>Edits one entry, and moves it up or down its list (buttons, so ordering needs no dragging).</summary>
public class EditModel(AppDbContext db, IValidator<ItemInput> validator) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ItemInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public SelfAssessmentKind Kind { get; private set; }

    public async Task<IActionResult> OnGetAsync(int itemId)
    {
        var item = await db.SelfAssessmentItems.AsNoTracking().Where(i => i.Id == itemId && i.UserId == User.Id())
            .Select(i => new { i.Kind, i.Text, i.Note, i.Version }).SingleOrDefaultAsync();
        if (item is null)
        {
            return NotFound();
        }
        Kind = item.Kind;
        Input = new ItemInput { Text = item.Text, Note = item.Note, Version = item.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int itemId)
    {
        var item = await db.SelfAssessmentItems.SingleOrDefaultAsync(i => i.Id == itemId && i.UserId == User.Id());
        if (item is null)
        {
            return NotFound();
        }
        Kind = item.Kind;
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        item.Edit(Input.Text!, Input.Note);
        if (!await db.TrySaveAsync(item, i => i.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = "Saved.";
        return Back();
    }

    public Task<IActionResult> OnPostMoveUpAsync(int itemId) => MoveAsync(itemId, up: true);

    public Task<IActionResult> OnPostMoveDownAsync(int itemId) => MoveAsync(itemId, up: false);

    private async Task<IActionResult> MoveAsync(int itemId, bool up)
    {
        var userId = User.Id();
        var item = await db.SelfAssessmentItems.SingleOrDefaultAsync(i => i.Id == itemId && i.UserId == userId);
        if (item is null)
        {
            return NotFound();
        }
        var list = await db.SelfAssessmentItems.Where(i => i.UserId == userId && i.Kind == item.Kind)
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync();
        var index = list.IndexOf(item);
        var target = up ? index - 1 : index + 1;
        if (target >= 0 && target < list.Count)
        {
            (list[index], list[target]) = (list[target], list[index]);
            for (var position = 0; position < list.Count; position++)
            {
                list[position].Position = position + 1;
            }
            await db.SaveChangesAsync();
        }
        return Back();
    }

    private LocalRedirectResult Back() => LocalRedirect(Url.LocalOr(ReturnUrl, "/SelfAssessment/Index"));
}
