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

    /// <summary>The fields of a complete SMART goal due in six months; <paramref name="changes"/> replace any of them.</summary>
    public static Dictionary<string, string> SmartGoal(DateOnly today, IReadOnlyDictionary<string, string>? changes = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.Title"] = "Pass the AWS data exam",
            ["Input.Description"] = "Hold the AWS Certified Data Engineer certificate.",
            ["Input.MetricType"] = "Number",
            ["Input.MetricWhat"] = "practice exams passed",
            ["Input.Unit"] = "exams",
            ["Input.Baseline"] = "0",
            ["Input.Target"] = "3",
            ["Input.Achievable"] = "Five hours a week; my employer pays the exam fee.",
            ["Input.RelevanceReason"] = "It is the entry ticket to the data engineering roles I want.",
            ["Input.Horizon"] = "OneYear",
            ["Input.TargetDate"] = today.AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Status"] = "NotStarted",
        };
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }
        return values;
    }

    /// <summary>Adds a SMART goal through the real form and returns its id.</summary>
    public static async Task<int> CreateGoalAsync(this HttpClient client, int planId, DateOnly today, IReadOnlyDictionary<string, string>? changes = null)
    {
        using var response = await client.SubmitAsync($"/Plans/{planId}/Goals/Create", SmartGoal(today, changes));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Creating a goal answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var match = GoalPage().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"Creating a goal went to {response.Headers.Location}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^/Plans/[0-9]+/Goals/([0-9]+)$")]
    private static partial Regex GoalPage();

    [GeneratedRegex("^/Plans/[0-9]+/Options/([0-9]+)$")]
    private static partial Regex OptionPage();

    [GeneratedRegex("^/Plans/([0-9]+)/Wizard/self-assessment$")]
    private static partial Regex WizardStart();
}

public static class FeedbackSteps
{
    /// <summary>Creates a feedback request through the real form; returns its id and the private link shown once.</summary>
    public static async Task<(int RequestId, Uri Link)> CreateFeedbackRequestAsync(
        this HttpClient client, bool anonymous, IReadOnlyDictionary<string, string>? changes = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.Intro"] = "I am planning my next career step and would value your honest view.",
            ["Input.ShownName"] = "Ada",
        };
        if (!anonymous)
        {
            values["Input.IsAnonymous"] = "false";
        }
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }
        using var created = await client.SubmitAsync("/Feedback/Requests/Create", values);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = await client.GetPageAsync(created.Headers.Location!.OriginalString);
        var requestId = int.Parse(created.Headers.Location.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        return (requestId, new Uri(details.InputValue("feedback-link") ?? details.Document.QuerySelector("[data-testid=feedback-link]")!.GetAttribute("value")!));
    }
}
