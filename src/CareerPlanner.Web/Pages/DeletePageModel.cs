using System.Linq.Expressions;

namespace CareerPlanner.Web.Pages;

/// <summary>
/// A delete-confirmation page: GET shows what will go (someone else's or a missing row is a 404), POST deletes it
/// in a query scoped to the signed-in owner and redirects with a status message. A page says which row its route
/// names (<see cref="Row"/>), what to show of it, what to say once it is gone and where to go then; the view shows
/// <see cref="Summary"/> and the <c>_ConfirmDelete</c> form.
/// </summary>
public abstract class DeletePageModel<TEntity, TSummary>(
    AppDbContext db, Expression<Func<TEntity, TSummary>> summarise, Func<TSummary, string> deletedMessage) : PageModel
    where TEntity : class
{
    protected AppDbContext Db => db;

    public TSummary Summary { get; private set; } = default!;

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The row the route names, among the rows this user owns (none when it is not theirs).</summary>
    protected abstract IQueryable<TEntity> Row(string userId);

    protected abstract IActionResult AfterDelete();

    /// <summary>A whole-number route value of this page (its template constrains it to int).</summary>
    public int Route(string name) => Convert.ToInt32(RouteData.Values[name], System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync()
    {
        var found = await FindAsync();
        return found ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await FindAsync() || await Row(User.Id()).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        StatusMessage = deletedMessage(Summary);
        return AfterDelete();
    }

    private async Task<bool> FindAsync()
    {
        // A one-element list, so that a summary of a value type is told apart from "no such row".
        var summaries = await Row(User.Id()).AsNoTracking().Select(summarise).Take(1).ToListAsync();
        if (summaries.Count == 0)
        {
            return false;
        }
        Summary = summaries[0];
        return true;
    }
}

/// <summary>The buttons of a delete confirmation (<c>Pages/Shared/_ConfirmDelete.cshtml</c>).</summary>
public sealed record ConfirmDelete(string KeepUrl, string DeleteLabel = "Delete", string KeepLabel = "Keep it", string? ReturnUrl = null);
