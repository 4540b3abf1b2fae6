using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// A shared page (learning, achievements, network, 1:1s, brand, interest test, feedback) opened from a plan's stage
/// hub carries <c>?returnUrl=/Plans/{id}/Wizard/{stage}</c>. That context lasts through saving: every post form on the
/// page keeps it in its action (<see cref="PlanContextFormTagHelper"/>) and every redirect to a page after the post
/// keeps it too (<see cref="PlanContextRedirectFilter"/>), so the "Back to" link (BackToPlanViewComponent) stays.
/// </summary>
public static partial class PlanContext
{
    public const string QueryKey = "returnUrl";

    /// <summary>The hub address of the request, when it carries one; anything else (another address, a non-local one) is no context.</summary>
    public static string? HubReturnUrl(HttpRequest request)
    {
        var value = request.Query[QueryKey].ToString();
        return HubAddress().IsMatch(value) ? value : null;
    }

    public static Match MatchHub(string? url) => HubAddress().Match(url ?? "");

    [GeneratedRegex("^/Plans/(?<plan>[0-9]{1,9})/Wizard/(?<stage>[a-z-]+)(#[A-Za-z0-9_-]*)?$")]
    private static partial Regex HubAddress();
}

/// <summary>Keeps the plan context of the request in the action of each post form that has no return address of its own.</summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class PlanContextFormTagHelper : TagHelper
{
    // After the stock form tag helper has written the action.
    public override int Order => 1000;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!string.Equals(output.Attributes["method"]?.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase)
            || PlanContext.HubReturnUrl(ViewContext.HttpContext.Request) is not { } hub
            || output.Attributes["action"]?.Value?.ToString() is not { Length: > 0 } action
            || action.Contains(PlanContext.QueryKey + "=", StringComparison.OrdinalIgnoreCase))
        {
            return; // a form without an action posts to this very address, context included
        }
        var separator = action.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        output.Attributes.SetAttribute("action", $"{action}{separator}{PlanContext.QueryKey}={Uri.EscapeDataString(hub)}");
    }
}

/// <summary>After a post that carried a plan context, the page it redirects to carries it too (unless it names its own).</summary>
public sealed class PlanContextRedirectFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is RedirectToPageResult redirect && PlanContext.HubReturnUrl(context.HttpContext.Request) is { } hub)
        {
            redirect.RouteValues ??= new Microsoft.AspNetCore.Routing.RouteValueDictionary();
            redirect.RouteValues.TryAdd(PlanContext.QueryKey, hub);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
