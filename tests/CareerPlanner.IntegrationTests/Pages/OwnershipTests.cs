using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>
/// Someone else's id is a 404 on every route that takes one, GET and POST alike. The routes are read from the
/// app's own endpoints, so a page added later is covered without being listed here.
/// </summary>
public class OwnershipTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    /// <summary>Values for the route parameters that are not ids; an id parameter gets the owner's real id.</summary>
    private static readonly Dictionary<string, string> OtherRouteValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["stage"] = "planning",
        ["kind"] = "quarterly",
        ["year"] = "2026",
        ["quarter"] = "4",
    };

    [Fact]
    public async Task Every_get_and_post_with_another_users_id_is_a_404_and_changes_nothing()
    {
        var (owner, email) = await factory.RegisterNewUserAsync();
        var planId = await owner.CreatePlanAsync("Owner's plan");
        using (await owner.SubmitAsync($"/Plans/{planId}/Vision", new Dictionary<string, string> { ["Input.VisionStatement"] = "Owner's vision" })) { }
        using (await owner.SubmitAsync("/SelfAssessment/Items/Create/Strength", new Dictionary<string, string> { ["Input.Text"] = "Owner's strength" })) { }
        using (await owner.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "Owner's skill", ["Input.Rating"] = "4" })) { }
        var optionId = await owner.CreateOptionAsync(planId, "Owner's option");
        using (await owner.SubmitAsync($"/Plans/{planId}/Options/{optionId}", new Dictionary<string, string> { ["Input.Name"] = "Owner's demand", ["Input.RequiredLevel"] = "3" })) { }
        using (await owner.SubmitAsync($"/Plans/{planId}/Activities/Create", new Dictionary<string, string> { ["Input.Learned"] = "Owner's lesson" })) { }
        using (await owner.SubmitAsync($"/Plans/{planId}/Notes/Create", new Dictionary<string, string> { ["Input.Text"] = "Owner's note" })) { }
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var goalId = await owner.CreateGoalAsync(planId, today, new Dictionary<string, string>
        {
            ["Input.Title"] = "Owner's big goal", ["Input.OptionIds"] = optionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using (await owner.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Milestones/Plan", new Dictionary<string, string> { ["Input.Title"] = "Owner's milestone" })) { }
        using (await owner.SubmitAsync($"/Plans/{planId}/Actions/Create", new Dictionary<string, string> { ["Input.Title"] = "Owner's action" })) { }
        using (await owner.SubmitAsync("/Learning/Create", new Dictionary<string, string> { ["Input.Title"] = "Owner's book" })) { }
        using (await owner.SubmitAsync("/Achievements/Create", new Dictionary<string, string> { ["Input.What"] = "Owner's win" })) { }
        var (requestId, _) = await owner.CreateFeedbackRequestAsync(anonymous: false);
        using (await owner.SubmitAsync("/Network/Create", new Dictionary<string, string> { ["Input.Name"] = "Owner's contact", ["Input.HowWeKnow"] = "Work" })) { }
        using (await owner.SubmitAsync("/OneOnOnes", new Dictionary<string, string> { ["Input.WithWhom"] = "Owner's manager" })) { }
        using (await owner.SubmitAsync($"/Plans/{planId}/Reviews/New/weekly", new Dictionary<string, string> { ["Input.Satisfaction"] = "7", ["Input.WentWell"] = "Owner's week" })) { }
        var ids = await factory.WithDbAsync(async db =>
        {
            var ownerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            string Id(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new Dictionary<string, string>
            {
                ["optionId"] = Id(optionId),
                ["goalId"] = Id(goalId),
                ["requestId"] = Id(requestId),
                ["contactId"] = Id(await db.Contacts.Where(c => c.UserId == ownerId).Select(c => c.Id).SingleAsync()),
                ["meetingId"] = Id(await db.OneOnOnes.Where(m => m.UserId == ownerId).Select(m => m.Id).SingleAsync()),
                ["reviewId"] = Id(await db.Reviews.Where(r => r.PlanId == planId).Select(r => r.Id).SingleAsync()),
                ["milestoneId"] = Id(await db.Milestones.Where(m => m.GoalId == goalId).Select(m => m.Id).SingleAsync()),
                ["actionId"] = Id(await db.ActionItems.Where(a => a.PlanId == planId).Select(a => a.Id).SingleAsync()),
                ["learningId"] = Id(await db.LearningItems.Where(i => i.UserId == ownerId).Select(i => i.Id).SingleAsync()),
                ["achievementId"] = Id(await db.Achievements.Where(a => a.UserId == ownerId).Select(a => a.Id).SingleAsync()),
                ["demandId"] = Id(await db.DemandedSkills.Where(d => d.CareerOptionId == optionId).Select(d => d.Id).SingleAsync()),
                ["activityId"] = Id(await db.ExplorationActivities.Where(a => a.PlanId == planId).Select(a => a.Id).SingleAsync()),
                ["noteId"] = Id(await db.ResearchNotes.Where(n => n.PlanId == planId).Select(n => n.Id).SingleAsync()),
                ["id"] = planId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["itemId"] = (await db.SelfAssessmentItems.SingleAsync(i => i.UserId == ownerId)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["skillId"] = (await db.Skills.SingleAsync(s => s.UserId == ownerId)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        });
        var (intruder, _) = await factory.RegisterNewUserAsync();
        var intruderToken = (await intruder.GetPageAsync("/Plans/Create")).InputValue("__RequestVerificationToken")!;

        var routes = await RoutesWithIdsAsync(ids);

        Assert.True(routes.Count >= 70, $"Only {routes.Count} handlers found: {string.Join(", ", routes)}");
        foreach (var route in routes)
        {
            using var ownerResponse = route.Method == "GET" ? await owner.GetAsync(route.Url) : null;
            if (ownerResponse is not null)
            {
                Assert.True(ownerResponse.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"The owner's GET {route.Url} answered {(int)ownerResponse.StatusCode}");
            }

            using var response = route.Method == "GET"
                ? await intruder.GetAsync(route.Url)
                : await intruder.PostAsync(route.Url, new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = intruderToken,
                    ["to"] = "research",
                    ["Input.Title"] = "Taken over",
                    ["Input.VisionStatement"] = "Taken over",
                    ["Input.BackupPlan"] = "Taken over",
                    ["Input.Text"] = "Taken over",
                    ["Input.Name"] = "Taken over",
                    ["Input.Rating"] = "1",
                    ["Input.FitRating"] = "1",
                    ["Input.RequiredLevel"] = "1",
                    ["Input.Learned"] = "Taken over",
                    ["Input.Reason"] = "Taken over",
                    ["Input.Value"] = "99",
                    ["Input.Date"] = "2020-01-01",
                    ["Input.What"] = "Taken over",
                    ["Input.DueDate"] = "2030-01-01",
                    ["Ratings[1]"] = "5",
                    ["Input.Satisfaction"] = "1",
                    ["Input.CareerFit"] = "No",
                    ["Input.CareerFitWhy"] = "Taken over",
                    ["Input.HowWeKnow"] = "Taken over",
                    ["Input.Channel"] = "Call",
                    ["Input.Kind"] = "Goals",
                    ["Input.Point"] = "Taken over",
                    ["Input.Notes"] = "Taken over",
                    ["Input.Action"] = "Taken over",
                }));

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{route.Method} {route.Url} by another user answered {(int)response.StatusCode}");
        }

        var overview = await owner.GetPageAsync($"/Plans/{planId}");
        Assert.Equal("Owner's plan", overview.Text("h1"));
        Assert.Equal("Owner's vision", overview.Text("[data-testid=vision]"));
        Assert.Equal("Owner's strength", overview.Text("[data-testid=assets-strengths] li"));
        Assert.StartsWith("Owner's skill — 4 of 5", overview.Text("[data-testid=assets-skills] li"), StringComparison.Ordinal);
        var research = await owner.GetPageAsync($"/Plans/{planId}/Wizard/research");
        Assert.Equal("Owner's option", research.Text("[data-testid=option-title]"));
        Assert.Equal("Owner's lesson", research.Text("[data-testid=activity-learned]"));
        Assert.Equal("Owner's note", research.Text("[data-testid=note-text]"));
        var goalPage = await owner.GetPageAsync($"/Plans/{planId}/Goals/{goalId}");
        Assert.Equal("Owner's milestone", goalPage.Text("[data-testid=milestone-title]"));
        Assert.Equal("Owner's action", (await owner.GetPageAsync($"/Plans/{planId}/Actions")).Text("[data-testid=action-title]"));
        Assert.Equal("Owner's book", (await owner.GetPageAsync("/Learning")).Text("[data-testid=learning-title]"));
        Assert.Equal("Owner's win", (await owner.GetPageAsync("/Achievements")).Text("[data-testid=achievement-what]"));
        Assert.Equal("Open", (await owner.GetPageAsync($"/Feedback/Requests/{requestId}")).Text("[data-testid=request-state]"));
        Assert.Equal("Owner's big goal", (await owner.GetPageAsync($"/Plans/{planId}/Goals/{goalId}")).Text("h1"));
        Assert.Empty((await owner.GetPageAsync($"/Plans/{planId}/Goals/{goalId}")).Document.QuerySelectorAll("[data-testid=readings]"));
        Assert.Contains("Owner's week", (await owner.GetPageAsync($"/Plans/{planId}/Reviews/{ids["reviewId"]}")).Text("main"), StringComparison.Ordinal);
        Assert.Single(await factory.WithDbAsync(db => db.Reviews.Where(r => r.PlanId == planId).ToListAsync()));
        Assert.Equal("Owner's contact", (await owner.GetPageAsync($"/Network/{ids["contactId"]}")).Text("h1"));
        Assert.Empty(await factory.WithDbAsync(db => db.Interactions.ToListAsync()));
        var meeting = await owner.GetPageAsync($"/OneOnOnes/{ids["meetingId"]}");
        Assert.Equal("1:1 with Owner's manager", meeting.Text("h1"));
        Assert.NotNull(meeting.Document.QuerySelector("[data-testid=no-points]"));
        Assert.Equal("Owner's demand", (await owner.GetPageAsync($"/Plans/{planId}/Options/{optionId}")).Text("[data-testid=demand-name]"));
    }

    private sealed record Route(string Method, string Url)
    {
        public override string ToString() => $"{Method} {Url}";
    }

    private async Task<List<Route>> RoutesWithIdsAsync(IReadOnlyDictionary<string, string> ids)
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var routes = new List<Route>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var parameters = endpoint.RoutePattern.Parameters;
            if (!parameters.Any(p => p.Name.Equals("id", StringComparison.OrdinalIgnoreCase) || p.Name.EndsWith("Id", StringComparison.Ordinal)))
            {
                continue;
            }
            var url = Fill(endpoint.RoutePattern, ids);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                routes.Add(new Route("GET", url));
                routes.Add(new Route("POST", url));
                continue;
            }
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            foreach (var handler in compiled.HandlerMethods)
            {
                var handlerUrl = handler.Name is null ? url : $"{url}?handler={handler.Name}";
                routes.Add(new Route(handler.HttpMethod.ToUpperInvariant(), handlerUrl));
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
                $"No test value for route parameter '{parameter.Name}' in {pattern.RawText}: add the owner's id or a value to {nameof(OwnershipTests)}."),
            _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}"),
        })));
        return "/" + string.Join("/", segments);
    }
}
