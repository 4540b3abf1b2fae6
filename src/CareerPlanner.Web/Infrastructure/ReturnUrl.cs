namespace CareerPlanner.Web.Infrastructure;

public static class ReturnUrl
{
    /// <summary>Where to go after signing in: the local page the user came from, otherwise the dashboard.
    /// A non-local address is ignored, so a crafted link cannot send the user elsewhere.</summary>
    public static string LocalOrDashboard(this IUrlHelper url, string? returnUrl) => url.LocalOr(returnUrl, "/Dashboard/Index");

    /// <summary>The local page the form came from, otherwise <paramref name="fallbackPage"/>.</summary>
    public static string LocalOr(this IUrlHelper url, string? returnUrl, string fallbackPage) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl)
            ? Escaped(returnUrl)
            : url.Page(fallbackPage, new { area = "" }) ?? "/";

    /// <summary>After saving: back to the local page the form came from (a hub's section, say), otherwise <paramref name="otherwise"/>.</summary>
    public static IActionResult RedirectToLocalOr(this PageModel page, string? returnUrl, Func<IActionResult> otherwise) =>
        !string.IsNullOrEmpty(returnUrl) && page.Url.IsLocalUrl(returnUrl) ? page.LocalRedirect(Escaped(returnUrl)) : otherwise();

    /// <summary>
    /// A local address fit for a Location header: every character outside printable ASCII ("/café") percent-encoded
    /// as UTF-8, which a header cannot carry raw; what is already ASCII (an existing %XX included) is left as it is.
    /// </summary>
    public static string Escaped(string url)
    {
        if (url.All(c => c is > ' ' and < (char)0x7F))
        {
            return url;
        }
        var builder = new System.Text.StringBuilder(url.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F)
            {
                builder.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    /// <summary>A stage hub of a plan, at one of its sections (the id of the section's heading).</summary>
    public static string PlanHub(int planId, PlanStage stage, string? section = null) =>
        $"/Plans/{planId}/Wizard/{stage.Slug()}{(section is null ? "" : "#" + section)}";
}
