using System.Collections.Concurrent;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// Uploaded files between their preview and the person's confirmation (a backup to restore, a LinkedIn export or a
/// JSON Resume to import), held in memory for half an hour under a random token bound to the person; a few per person
/// at a time (the oldest make room). Taking a file removes it, so a second click on "Restore" or "Import" cannot write
/// it twice.
/// </summary>
public sealed class PendingUploads(TimeProvider time)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(30);

    private sealed record Pending(string UserId, byte[] File, DateTimeOffset Until);

    private readonly ConcurrentDictionary<string, Pending> files = new(StringComparer.Ordinal);

    /// <summary>How many files one person may have waiting at once (a backup in one tab, a résumé import in another).</summary>
    public const int PerPerson = 3;

    public string Keep(string userId, byte[] file)
    {
        var now = time.GetUtcNow();
        foreach (var (token, pending) in files)
        {
            if (pending.Until < now)
            {
                files.TryRemove(token, out _);
            }
        }
        // The oldest of this person's files make room, so that memory stays bounded however often they preview.
        foreach (var (token, _) in files.Where(f => f.Value.UserId == userId).OrderByDescending(f => f.Value.Until).Skip(PerPerson - 1).ToList())
        {
            files.TryRemove(token, out _);
        }
        var newToken = LinkTokens.Create();
        files[newToken] = new Pending(userId, file, now + KeptFor);
        return newToken;
    }

    /// <summary>The file kept for this person under the token, removed from the store; null when there is none (taken, expired, someone else's).</summary>
    public byte[]? Take(string userId, string? token)
    {
        if (token is null || !files.TryGetValue(token, out var pending) || pending.UserId != userId)
        {
            return null;
        }
        return files.TryRemove(new KeyValuePair<string, Pending>(token, pending)) && pending.Until >= time.GetUtcNow() ? pending.File : null;
    }
}
