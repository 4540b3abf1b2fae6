using System.Linq.Expressions;
using FluentValidation;

namespace CareerPlanner.Web.Pages.History;

/// <summary>The form of one kind of history item: read from the row it edits, written back to it.</summary>
public interface IHistoryInput<TSelf, TEntity>
    where TSelf : IHistoryInput<TSelf, TEntity>
{
    /// <summary>The row's version when the form was shown (a blank form has none).</summary>
    Guid Version { get; }

    static abstract TSelf From(TEntity row);

    void ApplyTo(TEntity row);
}

/// <summary>
/// The add-or-edit page of one kind of career-history item (a position, a course of study, a certification, a
/// language): without an id in its route it adds one, with the id of one of the person's own rows it edits that row
/// (anyone else's id, or none that exists, is a 404). Invalid input is shown again with the messages beside the fields;
/// a save returns to the history at the item's section. A page says which rows are its kind, how a new one starts,
/// the name of its id in the route and the section to return to.
/// </summary>
public abstract class HistoryItemModel<TEntity, TInput>(AppDbContext db, IValidator<TInput> validator) : PageModel
    where TEntity : class
    where TInput : class, IHistoryInput<TInput, TEntity>, new()
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public TInput Input { get; set; } = new();

    public bool IsNew => RouteData.Values[RouteKey] is null;

    protected AppDbContext Db => db;

    /// <summary>The name of the row's id in the page's route ("positionId").</summary>
    protected abstract string RouteKey { get; }

    /// <summary>The id of the history section the page returns to ("positions").</summary>
    protected abstract string Section { get; }

    protected abstract IQueryable<TEntity> Rows { get; }

    protected abstract TEntity New(string userId);

    protected virtual Task LoadChoicesAsync(string userId) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync()
    {
        var userId = User.Id();
        if (!IsNew)
        {
            if (await FindAsync(userId, tracked: false) is not { } row)
            {
                return NotFound();
            }
            Input = TInput.From(row);
        }
        await LoadChoicesAsync(userId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.Id();
        var row = IsNew ? null : await FindAsync(userId, tracked: true);
        if (!IsNew && row is null)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        await LoadChoicesAsync(userId);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (row is null)
        {
            row = New(userId);
            Input.ApplyTo(row);
            db.Add(row);
            await db.SaveChangesAsync();
        }
        else
        {
            Input.ApplyTo(row);
            if (!await db.TrySaveAsync(row, VersionProperty, Input.Version, ModelState))
            {
                return Page();
            }
        }
        await AfterSaveAsync(row, userId);
        StatusMessage = "Saved to your career history.";
        return RedirectToPage("/History/Index", null, null, Section);
    }

    /// <summary>Work that needs the saved row's id (links to it), done after the first save.</summary>
    protected virtual Task AfterSaveAsync(TEntity row, string userId) => Task.CompletedTask;

    private static readonly Expression<Func<TEntity, Guid>> VersionProperty = VersionOf();

    private static Expression<Func<TEntity, Guid>> VersionOf()
    {
        var row = Expression.Parameter(typeof(TEntity), "row");
        return Expression.Lambda<Func<TEntity, Guid>>(Expression.Property(row, "Version"), row);
    }

    private Task<TEntity?> FindAsync(string userId, bool tracked)
    {
        if (!int.TryParse(Convert.ToString(RouteData.Values[RouteKey], System.Globalization.CultureInfo.InvariantCulture), out var id))
        {
            return Task.FromResult<TEntity?>(null);
        }
        var rows = Rows.Where(r => EF.Property<int>(r, "Id") == id && EF.Property<string>(r, "UserId") == userId);
        return (tracked ? rows : rows.AsNoTracking()).SingleOrDefaultAsync();
    }
}
