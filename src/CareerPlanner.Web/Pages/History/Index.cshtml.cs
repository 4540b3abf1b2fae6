namespace CareerPlanner.Web.Pages.History;

/// <summary>The person's career history (shared by every plan) and the one step that adds the skills it names to the inventory.</summary>
public class IndexModel(CareerHistory history) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public HistoryView History { get; private set; } = default!;

    /// <summary>The skills the history names that the inventory lacks, offered to add in one step.</summary>
    public IReadOnlyList<string> SkillsNotInInventory { get; private set; } = [];

    public async Task OnGetAsync()
    {
        History = await history.LoadAsync(User.Id());
        SkillsNotInInventory = await history.NotInInventoryAsync(User.Id(), History.SkillsNamed);
    }

    public async Task<IActionResult> OnPostAddSkillsAsync()
    {
        var userId = User.Id();
        var added = await history.AddSkillsAsync(userId, (await history.LoadAsync(userId)).SkillsNamed, SkillCategory.Other);
        StatusMessage = added == 0
            ? "Every skill your history names is already in your skills inventory."
            : $"{Words.Count(added, "skill")} added to your skills inventory, not yet rated: rate them in your self-assessment.";
        return RedirectToPage("Index", null, null, "skills-named");
    }
}
