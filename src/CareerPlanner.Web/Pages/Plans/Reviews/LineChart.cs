using System.Globalization;

namespace CareerPlanner.Web.Pages.Plans.Reviews;

public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>
/// A line chart drawn on the server as inline SVG (no script, so the content security policy stays strict). The same
/// numbers are always given as a table, and the summary says in words what the chart shows.
/// </summary>
public sealed record LineChart(
    string Id, string Title, string Summary, string ValueName, string SeriesName, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series, ChartScale Scale)
{
    public const double Width = 480;
    public const double Height = 250;

    /// <summary>The most lines one chart draws: one for each colour and line style, so that each can be told apart.</summary>
    public const int MostDrawn = 6;

    /// <summary>The series the chart draws, the first <see cref="MostDrawn"/>; the table gives them all.</summary>
    public IReadOnlyList<ChartSeries> Drawn => Series.Count <= MostDrawn ? Series : [.. Series.Take(MostDrawn)];

    /// <summary>Whether the drawn series have two points or more between them: one point, or none, draws no line.</summary>
    public bool DrawsLines => Drawn.Sum(series => series.Values.Count(value => value is not null)) >= 2;

    public string Format(double? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) : "—";

    /// <summary>The x of the i-th label: spread evenly across the plot, a single point in the middle.</summary>
    public double X(int index) =>
        Labels.Count <= 1 ? ChartScale.Left + (Scale.PlotWidth / 2) : ChartScale.Left + (index * Scale.PlotWidth / (Labels.Count - 1));

    /// <summary>The points of one series as SVG "x,y" pairs, one polyline per unbroken run of values.</summary>
    public IReadOnlyList<string> Runs(ChartSeries series)
    {
        var runs = new List<string>();
        var current = new List<string>();
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is { } value)
            {
                current.Add(string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Scale.Y(value):0.#}"));
            }
            else if (current.Count > 0)
            {
                runs.Add(string.Join(' ', current));
                current = [];
            }
        }
        if (current.Count > 0)
        {
            runs.Add(string.Join(' ', current));
        }
        return runs;
    }
}

/// <summary>Maps values to the SVG's y (downwards), with round tick values such as 0, 20, 40… or 0, 2, 4….</summary>
public sealed record ChartScale(double Min, double Max)
{
    public const double Top = 16;
    public const double Bottom = 220;
    public const double Left = 40;
    public const double Right = 440;

    public double PlotWidth => Right - Left;

    public double Y(double value)
    {
        var clamped = Math.Clamp(value, Min, Max);
        return Bottom - ((clamped - Min) / (Max - Min) * (Bottom - Top));
    }

    /// <summary>Round ticks from Min to Max, at most five intervals: a step of 1, 2 or 5 times a power of ten.</summary>
    public IReadOnlyList<double> Ticks()
    {
        var range = Max - Min;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(range / 5)));
        var step = new[] { 1, 2, 5, 10 }.Select(f => f * magnitude).First(s => range / s <= 5 + 1e-9);
        var ticks = new List<double>();
        for (var tick = Math.Ceiling(Min / step) * step; tick <= Max + 1e-9; tick += step)
        {
            ticks.Add(Math.Round(tick, 6));
        }
        return ticks;
    }
}
