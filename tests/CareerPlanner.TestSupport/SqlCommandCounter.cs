using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerPlanner.TestSupport;

/// <summary>Counts the SQL commands EF Core sends, so a test can assert how many one request costs (and say which they were).</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int count;
    private readonly ConcurrentQueue<string> recent = new();

    public int Count => Volatile.Read(ref count);

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref count);
        recent.Enqueue(result.CommandText);
        while (recent.Count > 100 && recent.TryDequeue(out _))
        {
        }
        return result;
    }

    /// <summary>Runs <paramref name="action"/> and returns how many commands it sent.</summary>
    public async Task<int> CountAsync(Func<Task> action) => (await RecordAsync(action)).Count;

    /// <summary>Runs <paramref name="action"/> and returns the text of the commands it sent (the last 100 at most).</summary>
    public async Task<IReadOnlyList<string>> RecordAsync(Func<Task> action)
    {
        recent.Clear();
        var before = Count;
        await action();
        var sent = Count - before;
        return [.. recent.TakeLast(sent)];
    }
}
