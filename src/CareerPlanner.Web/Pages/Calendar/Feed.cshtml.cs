using Microsoft.AspNetCore.Authorization;

namespace CareerPlanner.Web.Pages.Calendar;

/// <summary>
/// The private calendar feed that calendar apps subscribe to. The token in the address is the only key (apps cannot
/// sign in); it is looked up by its hash, opens this feed and nothing else, and a reset link makes the old one a 404.
/// </summary>
[AllowAnonymous]
public class FeedModel(AppDbContext db, CalendarEvents events) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token)
    {
        var hash = LinkTokens.Hash(token);
        var userId = await db.CalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash).Select(f => f.UserId).SingleOrDefaultAsync();
        if (userId is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "no-store";
        return Content(await events.FeedAsync(userId, $"{Request.Scheme}://{Request.Host}{Request.PathBase}"), "text/calendar; charset=utf-8");
    }
}
