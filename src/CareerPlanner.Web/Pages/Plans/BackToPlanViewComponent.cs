namespace CareerPlanner.Web.Pages.Plans;

public sealed record BackToPlan(string Url, string PlanTitle, PlanStage Stage);

/// <summary>
/// "Back to &lt;plan&gt; — &lt;stage&gt;" above any page opened from one of the person's plan hubs, so the shared pages
/// (learning, achievements, network, 1:1s, brand, interest test, feedback) keep the plan's context. It shows only for a
/// local return address of the form /Plans/{id}/Wizard/{stage} of a plan the signed-in person owns; anything else
/// shows nothing, so a crafted link can neither leave the app nor name someone else's plan.
/// </summary>
public sealed class BackToPlanViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var returnUrl = PlanContext.HubReturnUrl(HttpContext.Request);
        var match = PlanContext.MatchHub(returnUrl);
        if (returnUrl is null || !match.Success || UserClaimsPrincipal.Identity?.IsAuthenticated != true || !Url.IsLocalUrl(returnUrl)
            || !int.TryParse(match.Groups["plan"].Value, System.Globalization.CultureInfo.InvariantCulture, out var planId)
            || PlanStages.FromSlug(match.Groups["stage"].Value) is not { } stage)
        {
            return Content("");
        }
        var title = await db.Plans.AsNoTracking().OwnedBy(UserClaimsPrincipal.Id()).Where(p => p.Id == planId).Select(p => p.Title).SingleOrDefaultAsync();
        return title is null ? Content("") : View(new BackToPlan(returnUrl, title, stage));
    }
}
