namespace CareerPlanner.Web.Pages.Calendar;

/// <summary>Creates, resets and removes the person's private calendar link; the link itself is shown only once.</summary>
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The new link, right after it was made: it cannot be shown again (only its hash is kept).</summary>
    [TempData]
    public string? NewLink { get; set; }

    public DateTime? CreatedAtUtc { get; private set; }

    public async Task OnGetAsync() =>
        CreatedAtUtc = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == User.Id()).Select(f => (DateTime?)f.CreatedAtUtc).SingleOrDefaultAsync();

    /// <summary>Makes a link, or a new one in place of the old, which stops working at once.</summary>
    public async Task<IActionResult> OnPostRenewAsync()
    {
        var userId = User.Id();
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId);
        var isNew = feed is null;
        if (feed is null)
        {
            feed = new CalendarFeed(userId);
            db.CalendarFeeds.Add(feed);
        }
        var token = feed.Renew(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        NewLink = Url.PageLink("/Calendar/Feed", values: new { token });
        StatusMessage = isNew ? "Your calendar link is ready." : "A new calendar link is ready; the old one no longer works.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        await db.CalendarFeeds.Where(f => f.UserId == User.Id()).ExecuteDeleteAsync();
        StatusMessage = "Your calendar link is removed; calendars subscribed to it stop updating.";
        return RedirectToPage();
    }
}
