namespace CareerPlanner.Web.Pages.Plans.Actions;

public sealed record PlanChoice(int Id, string Title);

/// <summary>
/// Making an action item from elsewhere (a 1:1's agreed action, a brand channel's next step): the plans it can go
/// into — the person's own active ones — and the item itself.
/// </summary>
public sealed class ActionTargets(AppDbContext db)
{
    public async Task<IReadOnlyList<PlanChoice>> PlansAsync(string userId) =>
        await db.Plans.AsNoTracking().OwnedBy(userId).Where(p => !p.IsArchived).OrderBy(p => p.Title).Select(p => new PlanChoice(p.Id, p.Title)).ToListAsync();

    /// <summary>Adds the item to a plan from <paramref name="plans"/> and saves it (so its id can be linked); null when the plan is not among them.</summary>
    public async Task<ActionItem?> AddAsync(IReadOnlyList<PlanChoice> plans, int? planId, string title, DateOnly dueDate)
    {
        if (plans.All(p => p.Id != planId))
        {
            return null;
        }
        var item = new ActionItem(planId!.Value) { Title = title.Length > ActionItem.TitleMaxLength ? title[..ActionItem.TitleMaxLength] : title, DueDate = dueDate };
        db.ActionItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    }
}
