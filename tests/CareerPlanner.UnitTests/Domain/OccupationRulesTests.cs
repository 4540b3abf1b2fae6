using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

/// <summary>How interests are matched to occupations, and how an occupation's demands become demanded skills.</summary>
public class OccupationRulesTests
{
    private static IReadOnlyList<AreaScore> Profile(double handsOn, double investigative, double creative, double helping, double leading, double organising) =>
        InterestTest.Profile(handsOn, investigative, creative, helping, leading, organising);

    [Fact]
    public void A_person_strongest_in_investigative_and_organising_is_suggested_such_an_occupation_before_a_creative_and_helping_one()
    {
        var person = Profile(2.0, 4.6, 1.8, 2.2, 2.4, 4.2);
        var analyst = Profile(1.5, 6.0, 1.5, 1.2, 2.5, 6.2);
        var designer = Profile(3.0, 2.0, 7.0, 4.5, 3.0, 2.0);

        var ranked = InterestFit.Rank(person, [("designer", designer, "Graphic Designers"), ("analyst", analyst, "Database Architects")]).ToList();

        Assert.Equal(["analyst", "designer"], ranked.Select(r => r.Item));
        Assert.True(ranked[0].Fit.Correlation > 0.9, $"{ranked[0].Fit.Correlation}");
        Assert.True(ranked[1].Fit.Correlation < 0, $"{ranked[1].Fit.Correlation}");
        Assert.Equal(2, ranked[0].Fit.SharedTopAreas);
        Assert.Equal([InterestArea.Organising, InterestArea.Investigative], ranked[0].Fit.OccupationTop);
    }

    [Fact]
    public void Equal_correlations_are_ordered_by_the_shared_top_areas_and_a_flat_profile_fits_nothing()
    {
        var person = Profile(1, 5, 1, 1, 1, 5);
        var same = Profile(1, 7, 1, 1, 1, 7);
        Assert.Equal(1, InterestFit.Of(person, same).Correlation, 6);
        Assert.Equal(0, InterestFit.Of(Profile(3, 3, 3, 3, 3, 3), same).Correlation);
    }

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(1.75, 2)]
    [InlineData(3.5, 3)]
    [InlineData(5.25, 4)]
    [InlineData(7.0, 5)]
    public void An_onet_level_from_0_to_7_becomes_a_required_level_from_1_to_5(double onet, int ours) =>
        Assert.Equal(ours, OccupationDemands.Level(onet));

    [Fact]
    public void Demands_are_the_elements_of_importance_35_or_more_then_at_most_five_hot_or_in_demand_technologies()
    {
        OccupationElement[] elements =
        [
            new("x", OccupationElementKind.Skill, "Writing", 3.0, 3.5),
            new("x", OccupationElementKind.Skill, "Programming", 4.0, 5.25),
            new("x", OccupationElementKind.Knowledge, "Computers and Electronics", 4.62, 6.12),
        ];
        OccupationTechnology[] technologies =
        [
            .. Enumerable.Range(1, 7).Select(i => new OccupationTechnology("x", $"Tool {i}", null, hot: true, inDemand: i % 2 == 0)),
            new("x", "Notepad", null, hot: false, inDemand: false),
            new("x", "programming", null, hot: true, inDemand: true),
        ];

        var demands = OccupationDemands.From(elements, technologies);

        Assert.Equal([("Computers and Electronics", 4), ("Programming", 4), ("Tool 2", 3), ("Tool 4", 3), ("Tool 6", 3), ("Tool 1", 3), ("Tool 3", 3)], demands);
    }
}
