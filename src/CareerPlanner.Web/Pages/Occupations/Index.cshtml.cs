namespace CareerPlanner.Web.Pages.Occupations;

/// <summary>Find an occupation in the catalogue by any word of its title or of another title it is known by.</summary>
public class IndexModel(OccupationCatalogue catalogue) : PageModel
{
    public const int MaxQueryLength = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public string? Release { get; private set; }
    public IReadOnlyList<OccupationHit> Hits { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Release = await catalogue.ReleaseAsync();
        Query = Query?.Trim();
        if (Release is not null && !string.IsNullOrEmpty(Query))
        {
            Hits = await catalogue.SearchAsync(Query.Length > MaxQueryLength ? Query[..MaxQueryLength] : Query);
        }
    }
}
