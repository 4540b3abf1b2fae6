using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>
/// Someone else's id is a 404 on every route that takes one, GET and POST alike. The routes are read from the
/// app's own endpoints, so a page added later is covered without being listed here.
/// </summary>
public class OwnershipTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Every_get_and_post_with_another_users_id_is_a_404_and_changes_nothing()
    {
        var (owner, email, planId, ids) = await OwnedData.SeedAsync(factory);
        var optionId = ids["optionId"];
        var goalId = ids["goalId"];
        var requestId = ids["requestId"];
        var (intruder, _) = await factory.RegisterNewUserAsync();
        var intruderToken = (await intruder.GetPageAsync("/Plans/Create")).InputValue("__RequestVerificationToken")!;

        var routes = (await AppRoutes.AllAsync(factory, ids)).Where(r => r.TakesAnId).ToList();

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
}
