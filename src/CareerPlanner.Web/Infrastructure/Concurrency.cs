using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Infrastructure;

public static class Concurrency
{
    public const string ConflictMessage =
        "This was changed in another tab or window since you opened it. Your text is kept below: copy what you need, reload the page, and save again.";

    /// <summary>
    /// Saves, treating <paramref name="versionSeen"/> as what the user saw: if someone saved in between, nothing is
    /// overwritten and the form gets a message instead (the user's input stays on the page).
    /// </summary>
    public static async Task<bool> TrySaveAsync<T>(this DbContext db, T entity, Expression<Func<T, Guid>> versionProperty, Guid versionSeen, ModelStateDictionary modelState)
        where T : class
    {
        db.Entry(entity).Property(versionProperty).OriginalValue = versionSeen;
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            modelState.AddModelError(string.Empty, ConflictMessage);
            return false;
        }
    }
}
