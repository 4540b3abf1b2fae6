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

/// <summary>An option's gap in figures: covered, partly, missing, the share covered weighted by level, and the three biggest gaps.</summary>
public class GapSummaryTests
{
    [Fact]
    public void Skills_are_counted_by_status_the_share_is_weighted_by_level_and_the_three_biggest_gaps_named()
    {
        var rows = SkillGap.Calculate(
            [("SQL", 4), ("Python", 4), ("Amazon Web Services", 3), ("Airflow", 5), ("dbt", 2)],
            [("sql", 5), ("Python", 1), ("Cloud infrastructure (AWS)", 2)],
            [("Amazon Web Services", "Cloud infrastructure (AWS)", 2)]);

        var summary = GapSummary.Of(rows);

        Assert.Equal((5, 1, 2, 2), (summary.Demanded, summary.Covered, summary.Partly, summary.Missing));
        // Covered levels: SQL 4 of 4, Python 1 of 4, AWS 2 of 3 (through the cover), Airflow 0 of 5, dbt 0 of 2 = 7 of 18.
        Assert.Equal(7.0 / 18, summary.CoveredShare!.Value, 6);
        Assert.Equal(["Airflow", "Python", "dbt"], summary.BiggestGaps.Select(g => g.Name));
        Assert.Equal("Cloud infrastructure (AWS)", rows.Single(r => r.Name == "Amazon Web Services").CoveredBy);
    }

    [Fact]
    public void Nothing_demanded_has_no_share_and_no_gaps()
    {
        var summary = GapSummary.Of([]);

        Assert.Null(summary.CoveredShare);
        Assert.Empty(summary.BiggestGaps);
    }
}
