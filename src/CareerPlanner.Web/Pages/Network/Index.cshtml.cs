using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Network;

/// <summary>The person's network: sortable by name or last contact, filterable by tag and by "due to reconnect".</summary>
public class IndexModel(ContactEditor contacts, UserClock clock) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Due { get; set; }

    public IReadOnlyList<ContactRow> Contacts { get; private set; } = [];
    public IReadOnlyList<string> AllTags { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = User.Id();
        var rows = await contacts.RowsAsync(userId, await clock.TodayAsync(userId));
        Total = rows.Count;
        AllTags = [.. rows.SelectMany(r => r.Tags).DistinctBy(t => t.ToUpperInvariant()).Order(StringComparer.OrdinalIgnoreCase)];
        var shown = rows.Where(r => !Due || r.IsDue)
            .Where(r => string.IsNullOrEmpty(Tag) || r.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase));
        Contacts = Sort == "last"
            ? [.. shown.OrderBy(r => r.LastContact ?? DateOnly.MinValue).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)]
            : [.. shown.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}
