namespace CareerPlanner.Web.Pages.History;

/// <summary>The person's career history (shared by every plan) and the one step that adds the skills it names to the inventory.</summary>
public class IndexModel(CareerHistory history) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public HistoryView History { get; private set; } = default!;

    public async Task OnGetAsync() => History = await history.LoadAsync(User.Id());

    public async Task<IActionResult> OnPostAddSkillsAsync()
    {
        var userId = User.Id();
        var mentioned = (await history.LoadAsync(userId)).SkillsNotInInventory;
        var added = await history.AddSkillsAsync(userId, mentioned, SkillCategory.Other);
        StatusMessage = added == 0
            ? "Every skill your history names is already in your skills inventory."
            : $"{Words.Count(added, "skill")} added to your skills inventory, not yet rated: rate them in your self-assessment.";
        return RedirectToPage("Index", null, null, "skills-named");
    }
}
