namespace CareerPlanner.Web.Pages.Occupations;

/// <summary>
/// Every title of the catalogue in memory (about 57,000 with the alternate titles), read once per release, for a
/// search that answers in milliseconds. Ranking: the title itself, then a title that starts with the words, then a
/// title holding every word, then an alternate title equal to the words, then one holding every word; within a rank,
/// shorter titles first. Matching ignores case and accents are kept as typed.
/// </summary>
public sealed class OccupationSearchIndex
{
    public sealed record Entry(string Code, string Title, int? JobZone);

    public sealed record Titles(IReadOnlyList<Entry> Occupations, IReadOnlyList<(string Code, string Title)> Alternates);

    private readonly SemaphoreSlim loading = new(1, 1);
    private (int Release, Titles Titles)? loaded;

    public async Task<Titles> ForReleaseAsync(int release, Func<Task<Titles>> load)
    {
        if (loaded is { } current && current.Release == release)
        {
            return current.Titles;
        }
        await loading.WaitAsync();
        try
        {
            if (loaded is not { } again || again.Release != release)
            {
                loaded = (release, await load());
            }
            return loaded.Value.Titles;
        }
        finally
        {
            loading.Release();
        }
    }

    public static IReadOnlyList<OccupationHit> Search(Titles titles, string query, int max)
    {
        var words = query.Split([' ', '\t', ',', '/', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return [];
        }
        var phrase = string.Join(' ', words);
        bool HasAll(string title) => words.All(w => title.Contains(w, StringComparison.OrdinalIgnoreCase));
        var best = new Dictionary<string, (int Rank, int Length, string? AlsoCalled)>(StringComparer.Ordinal);
        void Offer(string code, int rank, int length, string? alsoCalled)
        {
            if (!best.TryGetValue(code, out var known) || (rank, length).CompareTo((known.Rank, known.Length)) < 0)
            {
                best[code] = (rank, length, alsoCalled);
            }
        }
        foreach (var occupation in titles.Occupations)
        {
            var title = occupation.Title;
            if (title.Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                Offer(occupation.Code, 0, title.Length, null);
            }
            else if (title.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                Offer(occupation.Code, 1, title.Length, null);
            }
            else if (HasAll(title))
            {
                Offer(occupation.Code, 2, title.Length, null);
            }
        }
        foreach (var (code, title) in titles.Alternates)
        {
            if (title.Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                Offer(code, 3, title.Length, title);
            }
            else if (HasAll(title))
            {
                Offer(code, 4, title.Length, title);
            }
        }
        var byCode = titles.Occupations.ToDictionary(o => o.Code, StringComparer.Ordinal);
        return [.. best.Where(b => byCode.ContainsKey(b.Key))
            .OrderBy(b => b.Value.Rank).ThenBy(b => b.Value.Length).ThenBy(b => byCode[b.Key].Title, StringComparer.Ordinal)
            .Take(max)
            .Select(b => new OccupationHit(b.Key, byCode[b.Key].Title, b.Value.AlsoCalled, byCode[b.Key].JobZone))];
    }
}
