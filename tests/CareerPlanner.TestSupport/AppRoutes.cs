using CareerPlanner.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.TestSupport;

/// <summary>One handler of one page (or a non-page endpoint), with its route filled in.</summary>
public sealed record AppRoute(string Method, string Path, string? Handler, bool TakesAnId, bool IsPage)
{
    public string Url => Handler is null ? Path : $"{Path}?handler={Handler}";

    public override string ToString() => $"{Method} {Url}";
}

/// <summary>
/// Every route of the app, read from its own endpoints, so a page added later is attacked and probed without being
/// listed in a test. Route parameters are filled from the owner's ids (<see cref="OwnedData"/>) and a few fixed values.
/// </summary>
public static class AppRoutes
{
    /// <summary>Values for the route parameters that are not ids.</summary>
    private static readonly Dictionary<string, string> OtherRouteValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["stage"] = PlanStage.Planning.Slug(),
        ["kind"] = "quarterly",
        ["year"] = "2026",
        ["quarter"] = "4",
        ["code"] = "404",
        ["list"] = "goals",
    };

    public static async Task<IReadOnlyList<AppRoute>> AllAsync(CareerPlannerFactory factory, IReadOnlyDictionary<string, string> ids)
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var routes = new List<AppRoute>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.RoutePattern.RawText?.Contains("{*", StringComparison.Ordinal) == true)
            {
                continue; // the 404 fallback
            }
            var parameters = endpoint.RoutePattern.Parameters;
            var takesAnId = parameters.Any(p => p.Name.Equals("id", StringComparison.OrdinalIgnoreCase) || p.Name.EndsWith("Id", StringComparison.Ordinal));
            var url = Fill(endpoint.RoutePattern, ids);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                routes.Add(new AppRoute("GET", url, null, takesAnId, IsPage: false));
                routes.Add(new AppRoute("POST", url, null, takesAnId, IsPage: false));
                continue;
            }
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            foreach (var handler in compiled.HandlerMethods)
            {
                routes.Add(new AppRoute(handler.HttpMethod.ToUpperInvariant(), url, handler.Name, takesAnId, IsPage: true));
            }
        }
        return routes;
    }

    private static string Fill(RoutePattern pattern, IReadOnlyDictionary<string, string> ids)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when ids.TryGetValue(parameter.Name, out var id) => id,
            RoutePatternParameterPart parameter when OtherRouteValues.TryGetValue(parameter.Name, out var value) => value,
            RoutePatternParameterPart parameter => throw new InvalidOperationException(
                $"No test value for route parameter '{parameter.Name}' in {pattern.RawText}: add the owner's id to {nameof(OwnedData)} or a value to {nameof(AppRoutes)}."),
            _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}"),
        })));
        return "/" + string.Join("/", segments);
    }
}
