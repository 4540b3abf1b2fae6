using System.Security.Claims;

namespace CareerPlanner.Web.Infrastructure;

public static class Ownership
{
    /// <summary>The signed-in user's id (every page but the public ones requires sign-in).</summary>
    public static string Id(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");

    /// <summary>Only the plans of this owner: someone else's plan is simply not found (a 404, never a 403).</summary>
    public static IQueryable<Plan> OwnedBy(this IQueryable<Plan> plans, string ownerId) =>
        plans.Where(p => p.OwnerId == ownerId);

    /// <summary>Only the rows of this plan, and only if the plan is this owner's.</summary>
    public static IQueryable<T> InPlan<T>(this IQueryable<T> rows, IQueryable<Plan> plans, int planId, string ownerId)
        where T : class, IPlanOwned =>
        rows.Where(r => r.PlanId == planId && plans.Any(p => p.Id == planId && p.OwnerId == ownerId));
}
