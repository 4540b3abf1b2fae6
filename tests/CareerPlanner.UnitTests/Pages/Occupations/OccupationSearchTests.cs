using CareerPlanner.Web.Pages.Occupations;

namespace CareerPlanner.UnitTests.Pages.Occupations;

/// <summary>The search ranks the title itself, then titles starting with or holding the words, then other titles people use.</summary>
public class OccupationSearchTests
{
    private static readonly OccupationSearchIndex.Titles Catalogue = new(
        [
            new("1", "Data Scientists", 5), new("2", "Database Administrators", 4), new("3", "Data Warehousing Specialists", 4),
            new("4", "Software Developers", 4), new("5", "Registered Nurses", 3), new("6", "Nurse Practitioners", 5),
        ],
        [("4", "DevOps Engineer"), ("2", "Data Engineer"), ("1", "Data Engineer, Senior"), ("5", "Staff Nurse")]);

    [Fact]
    public void An_exact_title_comes_first_then_titles_that_start_with_the_words_then_titles_holding_them_then_other_titles()
    {
        Assert.Equal(["6", "5"], OccupationSearchIndex.Search(Catalogue, "nurse", 10).Select(h => h.Code));
        Assert.Equal(["1", "2", "3"], OccupationSearchIndex.Search(Catalogue, "data", 10).Select(h => h.Code));
        Assert.Equal("Registered Nurses", OccupationSearchIndex.Search(Catalogue, "registered nurses", 10)[0].Title);
    }

    [Fact]
    public void An_alternate_title_finds_its_occupation_and_says_so_and_an_equal_one_ranks_before_a_longer_one()
    {
        var hits = OccupationSearchIndex.Search(Catalogue, "data engineer", 10);

        Assert.Equal(["2", "1"], hits.Select(h => h.Code));
        Assert.Equal(("Database Administrators", "Data Engineer"), (hits[0].Title, hits[0].AlsoCalled));
        Assert.Equal("DevOps Engineer", Assert.Single(OccupationSearchIndex.Search(Catalogue, "DEVOPS", 10)).AlsoCalled);
    }

    [Fact]
    public void Blank_queries_find_nothing_and_the_number_of_hits_is_capped()
    {
        Assert.Empty(OccupationSearchIndex.Search(Catalogue, "  - ", 10));
        Assert.Single(OccupationSearchIndex.Search(Catalogue, "s", 1));
    }
}
