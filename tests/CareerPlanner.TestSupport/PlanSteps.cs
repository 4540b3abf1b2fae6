using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace CareerPlanner.TestSupport;

public static partial class PlanSteps
{
    /// <summary>Creates a plan through the real form and returns its id (read from where the wizard starts).</summary>
    public static async Task<int> CreatePlanAsync(this HttpClient client, string title = "Move into product management")
    {
        using var response = await client.SubmitAsync("/Plans/Create", new Dictionary<string, string> { ["Input.Title"] = title });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = WizardStart().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"Creating a plan went to {response.Headers.Location}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Adds a career option to a plan through the real form and returns its id.</summary>
    public static async Task<int> CreateOptionAsync(this HttpClient client, int planId, string title,
        string status = "Exploring", int fitRating = 4, int? fitItemId = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.FitRating"] = fitRating.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Status"] = status,
        };
        if (fitItemId is { } itemId)
        {
            values["Input.FitItemIds"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        using var response = await client.SubmitAsync($"/Plans/{planId}/Options/Create", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = OptionPage().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"Creating an option went to {response.Headers.Location}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^/Plans/[0-9]+/Options/([0-9]+)$")]
    private static partial Regex OptionPage();

    [GeneratedRegex("^/Plans/([0-9]+)/Wizard/self-assessment$")]
    private static partial Regex WizardStart();
}
