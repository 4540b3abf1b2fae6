namespace CareerPlanner.Web.Infrastructure;

public static class ReturnUrl
{
    /// <summary>Where to go after signing in: the local page the user came from, otherwise the dashboard.
    /// A non-local address is ignored, so a crafted link cannot send the user elsewhere.</summary>
    public static string LocalOrDashboard(this IUrlHelper url, string? returnUrl) => url.LocalOr(returnUrl, "/Dashboard/Index");

    /// <summary>The local page the form came from, otherwise <paramref name="fallbackPage"/>.</summary>
    public static string LocalOr(this IUrlHelper url, string? returnUrl, string fallbackPage) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl)
            ? returnUrl
            : url.Page(fallbackPage, new { area = "" }) ?? "/";

    /// <summary>After saving: back to the local page the form came from (a hub's section, say), otherwise <paramref name="otherwise"/>.</summary>
    public static IActionResult RedirectToLocalOr(this PageModel page, string? returnUrl, Func<IActionResult> otherwise) =>
        !string.IsNullOrEmpty(returnUrl) && page.Url.IsLocalUrl(returnUrl) ? page.LocalRedirect(returnUrl) : otherwise();

    /// <summary>A stage hub of a plan, at one of its sections (the id of the section's heading).</summary>
    public static string PlanHub(int planId, PlanStage stage, string? section = null) =>
        $"/Plans/{planId}/Wizard/{stage.Slug()}{(section is null ? "" : "#" + section)}";
}
