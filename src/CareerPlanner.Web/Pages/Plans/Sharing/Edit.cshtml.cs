using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Sharing;

/// <summary>Changes what one person sees of the plan, and until when.</summary>
public class EditModel(AppDbContext db, IValidator<ShareChangeInput> validator, UserClock clock) : PageModel
{
    [BindProperty]
    public ShareChangeInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string PlanTitle { get; private set; } = "";
    public string Who { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int shareId)
    {
        if (await FindAsync(id, shareId) is not { } share)
        {
            return NotFound();
        }
        Input = new ShareChangeInput { Parts = [.. SharedPartsText.Each.Where(p => share.Parts.HasFlag(p))], EndsOn = share.EndsOn, Version = share.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int shareId)
    {
        if (await FindAsync(id, shareId) is not { } share)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        ShareDates.Check(Input.EndsOn, await clock.TodayAsync(User.Id()), ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        share.Change(Input.Parts.Combined(), Input.EndsOn);
        if (!await db.TrySaveAsync(share, s => s.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = $"{Who} now sees {share.Parts.Describe()}{(share.EndsOn is { } ends ? $", until {ends:d MMMM yyyy}" : "")}.";
        return RedirectToPage("Index", new { id });
    }

    private async Task<PlanShare?> FindAsync(int id, int shareId)
    {
        var found = await db.PlanShares.InPlan(db.Plans, id, User.Id()).Where(s => s.Id == shareId)
            .Select(s => new { Share = s, PlanTitle = db.Plans.Where(p => p.Id == id).Select(p => p.Title).First() }).SingleOrDefaultAsync();
        (PlanTitle, Who) = (found?.PlanTitle ?? "", found?.Share.InviteeEmail ?? "");
        return found?.Share;
    }
}
