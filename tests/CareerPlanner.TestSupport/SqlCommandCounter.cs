using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerPlanner.TestSupport;

/// <summary>Counts the SQL commands EF Core sends, so a test can assert how many one request costs.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref count);
        return result;
    }

    /// <summary>Runs <paramref name="action"/> and returns how many commands it sent.</summary>
    public async Task<int> CountAsync(Func<Task> action)
    {
        var before = Count;
        await action();
        return Count - before;
    }
}
