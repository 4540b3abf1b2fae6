using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class SkillGapTests
{
    [Fact]
    public void A_demanded_skill_matches_the_inventory_ignoring_case_and_surrounding_spaces()
    {
        var rows = SkillGap.Calculate([("  sql ", 3)], [("SQL", 3)]);

        var row = Assert.Single(rows);
        Assert.Equal(("sql", 3, (int?)3, 0, GapStatus.Met), (row.Name, row.Required, row.Current, row.Gap, row.Status));
    }

    [Fact]
    public void Missing_skills_gap_by_the_required_level_below_ones_by_the_difference_and_met_ones_not_at_all()
    {
        var rows = SkillGap.Calculate(
            [("Python", 4), ("Spark", 3), ("SQL", 3)],
            [("python", 2), ("SQL", 5)]);

        Assert.Equal(
            [("Spark", GapStatus.Missing, 3), ("Python", GapStatus.Below, 2), ("SQL", GapStatus.Met, 0)],
            rows.Select(r => (r.Name, r.Status, r.Gap)));
        Assert.Null(rows[0].Current);
    }

    [Fact]
    public void Equal_gaps_are_ordered_by_name_whatever_their_case()
    {
        var rows = SkillGap.Calculate([("zeta", 2), ("Alpha", 2), ("beta", 2), ("Gamma", 1)], []);

        Assert.Equal(["Alpha", "beta", "zeta", "Gamma"], rows.Select(r => r.Name));
    }

    [Fact]
    public void A_skill_rated_above_the_requirement_is_met_with_no_negative_gap()
    {
        var row = Assert.Single(SkillGap.Calculate([("Writing", 2)], [("Writing", 5)]));

        Assert.Equal((GapStatus.Met, 0), (row.Status, row.Gap));
    }

    [Fact]
    public void Nothing_demanded_means_no_rows() => Assert.Empty(SkillGap.Calculate([], [("SQL", 3)]));
}
