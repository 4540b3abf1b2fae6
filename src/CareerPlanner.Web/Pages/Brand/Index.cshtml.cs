using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Brand;

/// <summary>The personal brand (statement, pitch, audiences, channels): the marketing strategy every plan's overview shows.</summary>
public class IndexModel(AppDbContext db, IValidator<BrandInput> validator, Plans.Actions.ActionTargets targets, UserClock clock) : PageModel
{
    [BindProperty]
    public BrandInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public BrandView? Brand { get; private set; }
    public IReadOnlyList<Plans.Actions.PlanChoice> Plans { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadChoicesAsync();
        Brand = await BrandView.ForAsync(db, User.Id());
        ShowSavedStatement();
    }

    public Task<IActionResult> OnPostAsync() => ChangeAsync(BrandInputValidator.Statement, brand =>
    {
        (brand.WhoIAm, brand.WhatIDeliver, brand.WhatMakesMeDifferent) = (Input.WhoIAm.TrimToNull(), Input.WhatIDeliver.TrimToNull(), Input.WhatMakesMeDifferent.TrimToNull());
        (brand.Pitch, brand.Audiences, brand.LeadWith) = (Input.Pitch.TrimToNull(), Input.Audiences.TrimToNull(), Input.LeadWith.TrimToNull());
        return Task.FromResult<string?>("Personal brand saved.");
    });

    public Task<IActionResult> OnPostAddChannelAsync() => ChangeAsync(BrandInputValidator.AddChannel, brand =>
    {
        brand.Channels.Add(new BrandChannel(Input.Channel!.Value, Input.NextStep!));
        return Task.FromResult<string?>("Channel added.");
    });

    public Task<IActionResult> OnPostRemoveChannelAsync() => ChangeAsync(null, brand =>
    {
        var removed = brand.Channels.RemoveAll(c => c.Id == Input.ChannelId) > 0;
        return Task.FromResult(removed ? "Channel removed." : null);
    });

    /// <summary>Turns a channel's next step into an action item of the chosen plan (one of the person's own).</summary>
    public Task<IActionResult> OnPostMakeActionAsync() => ChangeAsync(BrandInputValidator.MakeAction, async brand =>
    {
        var channel = brand.Channels.SingleOrDefault(c => c.Id == Input.ChannelId && c.ActionItemId == null);
        if (channel is null || await targets.AddAsync(Plans, Input.PlanId, $"{channel.Kind.Title()}: {channel.NextStep}", Input.DueDate!.Value) is not { } item)
        {
            return null;
        }
        channel.ActionItemId = item.Id;
        return "The next step is now an action item.";
    });

    /// <summary>Loads the brand once (tracked), checks the handler's own fields, applies the change; null from the change means "not found".</summary>
    private async Task<IActionResult> ChangeAsync(string? ruleSet, Func<PersonalBrand, Task<string?>> change)
    {
        var userId = User.Id();
        var saved = await db.PersonalBrands.Include(b => b.Channels).SingleOrDefaultAsync(b => b.UserId == userId);
        await LoadChoicesAsync();
        Brand = BrandView.From(saved);
        if (ruleSet is not null)
        {
            (await validator.ValidateAsync(Input, options => options.IncludeRuleSets(ruleSet))).AddTo(ModelState);
            if (!ModelState.IsValid)
            {
                if (ruleSet != BrandInputValidator.Statement)
                {
                    ShowSavedStatement(); // the statement form was not sent: show it as saved, not empty
                }
                return Page();
            }
        }
        var brand = saved ?? db.PersonalBrands.Add(new PersonalBrand(userId)).Entity;
        var seen = ruleSet == BrandInputValidator.Statement && saved is not null ? Input.Version : brand.Version;
        var message = await change(brand);
        if (message is null)
        {
            return NotFound();
        }
        brand.Touch();
        if (!await db.TrySaveAsync(brand, b => b.Version, seen, ModelState))
        {
            return Page();
        }
        StatusMessage = message;
        return RedirectToPage();
    }

    private void ShowSavedStatement()
    {
        foreach (var field in new[] { "WhoIAm", "WhatIDeliver", "WhatMakesMeDifferent", "Pitch", "Audiences", "LeadWith", "Version" })
        {
            ModelState.Remove($"Input.{field}");
        }
        (Input.WhoIAm, Input.WhatIDeliver, Input.WhatMakesMeDifferent) = (Brand?.WhoIAm, Brand?.WhatIDeliver, Brand?.WhatMakesMeDifferent);
        (Input.Pitch, Input.Audiences, Input.LeadWith, Input.Version) = (Brand?.Pitch, Brand?.Audiences, Brand?.LeadWith, Brand?.Version ?? Guid.Empty);
    }

    private async Task LoadChoicesAsync()
    {
        Plans = await targets.PlansAsync(User.Id());
        Today = await clock.TodayAsync(User.Id());
    }
}
