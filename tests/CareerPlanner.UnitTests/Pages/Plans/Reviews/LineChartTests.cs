using CareerPlanner.Web.Pages.Plans.Reviews;

namespace CareerPlanner.UnitTests.Pages.Plans.Reviews;

public class LineChartTests
{
    [Fact]
    public void The_scale_puts_its_maximum_at_the_top_its_minimum_at_the_bottom_and_clamps_outliers()
    {
        var scale = new ChartScale(0, 100);

        Assert.Equal(ChartScale.Top, scale.Y(100));
        Assert.Equal(ChartScale.Bottom, scale.Y(0));
        Assert.Equal((ChartScale.Top + ChartScale.Bottom) / 2, scale.Y(50));
        Assert.Equal(ChartScale.Top, scale.Y(140));
        Assert.Equal(ChartScale.Bottom, scale.Y(-5));
    }

    [Fact]
    public void Ticks_are_round_numbers_with_at_most_five_intervals()
    {
        Assert.Equal([0, 20, 40, 60, 80, 100], new ChartScale(0, 100).Ticks());
        Assert.Equal([0, 2, 4, 6, 8, 10], new ChartScale(0, 10).Ticks());
        Assert.Equal([1, 2, 3, 4, 5], new ChartScale(1, 5).Ticks());
    }

    [Fact]
    public void A_series_with_a_gap_is_drawn_as_two_lines_and_points_spread_across_the_plot()
    {
        var chart = new LineChart("c", "T", "S", "V", "Goal", ["Q1", "Q2", "Q3", "Q4"], [new ChartSeries("A", [10, null, 30, 40])], new ChartScale(0, 100));

        Assert.Equal(ChartScale.Left, chart.X(0));
        Assert.Equal(ChartScale.Right, chart.X(3));
        var runs = chart.Runs(chart.Series[0]);
        Assert.Equal(2, runs.Count);
        Assert.Single(runs[0].Split(' '));
        Assert.Equal(2, runs[1].Split(' ').Length);
    }
}
