using System.Collections.Concurrent;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// Wrong passwords are counted per address <em>and</em> source (the client's IP): after five in fifteen minutes, that
/// source may not try that address for fifteen minutes, doubling with each further block (at most a day). Another
/// source — the owner at home — is not affected, so knowing someone's address is not enough to keep them out. The
/// same rule and the same words apply whether or not the address has an account, so sign-in reveals nothing.
/// Held in memory: a restart forgets the counts (the per-IP rate limit still applies).
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan FirstBlock = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LongestBlock = TimeSpan.FromDays(1);
    private const int MaxEntries = 100_000;

    private sealed class Entry
    {
        public int Failures;
        public DateTimeOffset WindowStart;
        public DateTimeOffset BlockedUntil;
        public int Blocks;
    }

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>How long this source must still wait before trying this address; null when it may try.</summary>
    public TimeSpan? BlockedFor(string email, string? source)
    {
        if (!entries.TryGetValue(Key(email, source), out var entry))
        {
            return null;
        }
        lock (entry)
        {
            var wait = entry.BlockedUntil - Now;
            return wait > TimeSpan.Zero ? wait : null;
        }
    }

    /// <summary>Counts a wrong password; true when it starts a block.</summary>
    public bool Failed(string email, string? source)
    {
        if (entries.Count >= MaxEntries)
        {
            Prune();
        }
        var entry = entries.GetOrAdd(Key(email, source), _ => new Entry { WindowStart = Now });
        lock (entry)
        {
            var now = Now;
            if (now - entry.WindowStart > Window)
            {
                entry.Failures = 0;
                entry.WindowStart = now;
            }
            entry.Failures++;
            if (entry.Failures < MaxFailures)
            {
                return false;
            }
            var block = TimeSpan.FromTicks(Math.Min(LongestBlock.Ticks, FirstBlock.Ticks << Math.Min(entry.Blocks, 10)));
            entry.Blocks++;
            entry.Failures = 0;
            entry.WindowStart = now + block;
            entry.BlockedUntil = now + block;
            return true;
        }
    }

    public void Succeeded(string email, string? source) => entries.TryRemove(Key(email, source), out _);

    private void Prune()
    {
        var now = Now;
        foreach (var (key, entry) in entries)
        {
            if (entry.BlockedUntil < now && now - entry.WindowStart > Window)
            {
                entries.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string email, string? source) => email.Trim().ToUpperInvariant() + "|" + (source ?? "unknown");
}
