namespace CareerPlanner.Web.Pages.Occupations;

/// <summary>Why an occupation is suggested, in a sentence.</summary>
public static class InterestWords
{
    public static string Why(InterestFit.Fit fit)
    {
        var areas = $"{fit.OccupationTop[0].Title()} and {fit.OccupationTop[1].Title()}";
        return fit.SharedTopAreas switch
        {
            2 => $"Strong in {areas}, like you.",
            1 => $"Strong in {areas}: one of them is among your two strongest.",
            _ => $"Strong in {areas}; its profile is {(fit.Correlation >= 0.5 ? "close to" : fit.Correlation >= 0 ? "somewhat like" : "unlike")} yours.",
        };
    }
}
