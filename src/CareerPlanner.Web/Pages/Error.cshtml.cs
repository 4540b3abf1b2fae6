using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;

namespace CareerPlanner.Web.Pages;

/// <summary>Shown for unhandled exceptions (/Error) and for error status codes (/Error/404), whatever the method.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string RequestId { get; private set; } = "";

    public void OnGet(int? code)
    {
        Code = code ?? StatusCodes.Status500InternalServerError;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (HttpContext.Items[RateLimitingSetup.RetryAfterItem] is TimeSpan retryAfter)
        {
            RetryAfterMinutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        }
    }

    public int? RetryAfterMinutes { get; private set; }

    public void OnPost(int? code) => OnGet(code);

    public string Title => Code switch
    {
        404 => "Page not found",
        400 => "That request could not be understood",
        403 => "You do not have access to this",
        429 => "Too many attempts",
        _ => "Something went wrong",
    };

    public string Explanation => Code switch
    {
        404 => "The page you asked for does not exist, or it is not yours to see. Check the address, or start again from your dashboard.",
        400 => "The form may have expired. Go back, reload the page and try again.",
        403 => "If you think you should have access, sign in with the account that owns it.",
        429 => RetryAfterMinutes is { } minutes
            ? $"To protect accounts we limit how often these forms can be sent. Please try again in {minutes} minute{(minutes == 1 ? "" : "s")}."
            : "To protect accounts we limit how often these forms can be sent. Please try again in a few minutes.",
        _ => "We could not finish that request. Nothing you typed has been shared. Please try again in a moment.",
    };
}
