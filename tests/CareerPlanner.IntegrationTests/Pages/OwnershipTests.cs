using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>
/// Someone else's id is a 404 on every route that takes one, GET and POST alike, and a plan's mentor reaches only the
/// shared pages. The routes are read from the app's own endpoints, so a page added later is covered without being listed here.
/// </summary>
public class OwnershipTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    /// <summary>What a refused call sends: the caller's own antiforgery token and a value for every field any form has.</summary>
    private static FormUrlEncodedContent Attack(string token) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
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
        ["Input.Note"] = "Taken over",
        ["Input.Parts"] = "Reviews",
        ["Input.Email"] = "taken@example.com",
    });

    /// <summary>
    /// Three kinds of caller on every route with an id: the owner passes; the plan's mentor reads the shared pages
    /// (<c>/Shared/…</c>) and posts comments and suggestions there, and gets a 404 everywhere else; anyone else gets a
    /// 404 everywhere. A refused call changes nothing in the database.
    /// </summary>
    [Fact]
    public async Task Every_route_with_an_id_answers_the_owner_the_plans_mentor_and_a_stranger_as_far_as_each_may_go()
    {
        var (owner, _, planId, ids, mentor) = await OwnedData.SeedAsync(factory);
        var optionId = ids["optionId"];
        var goalId = ids["goalId"];
        var requestId = ids["requestId"];
        var (intruder, _) = await factory.RegisterNewUserAsync();
        var intruderToken = (await intruder.GetPageAsync("/Plans/Create")).InputValue("__RequestVerificationToken")!;
        var mentorToken = (await mentor.GetPageAsync("/Plans/Create")).InputValue("__RequestVerificationToken")!;

        var routes = (await AppRoutes.AllAsync(factory, ids)).Where(r => r.TakesAnId).ToList();
        static bool Shared(AppRoute route) => route.Path.StartsWith("/Shared/", StringComparison.Ordinal);

        Assert.True(routes.Count >= 70, $"Only {routes.Count} handlers found: {string.Join(", ", routes)}");
        Assert.True(routes.Count(Shared) >= 10, $"Only {routes.Count(Shared)} shared handlers found");
        foreach (var route in routes)
        {
            using var ownerResponse = route.Method == "GET" ? await owner.GetAsync(route.Url) : null;
            if (ownerResponse is not null)
            {
                Assert.True(ownerResponse.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"The owner's GET {route.Url} answered {(int)ownerResponse.StatusCode}");
            }

            foreach (var (who, client, token) in new[] { ("another user", intruder, intruderToken), ("the mentor", mentor, mentorToken) })
            {
                if (who == "the mentor" && Shared(route))
                {
                    continue; // below, once every refusal is checked
                }
                var before = await DatabaseFingerprintAsync();
                using var response = route.Method == "GET" ? await client.GetAsync(route.Url) : await client.PostAsync(route.Url, Attack(token));
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{route.Method} {route.Url} by {who} answered {(int)response.StatusCode}");
                Assert.True(before == await DatabaseFingerprintAsync(), $"{route.Method} {route.Url} by {who} was refused but changed the database");
            }
        }

        // The mentor reads every shared page, and may post on them (comments, suggestions, deleting their own comment).
        foreach (var route in routes.Where(Shared).OrderBy(r => r.Method == "POST"))
        {
            using var response = route.Method == "GET" ? await mentor.GetAsync(route.Url) : await mentor.PostAsync(route.Url, Attack(mentorToken));
            Assert.True(
                route.Method == "GET" ? response.StatusCode == HttpStatusCode.OK : response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect,
                $"{route.Method} {route.Url} by the mentor answered {(int)response.StatusCode}");
        }
        Assert.Contains("Taken over", await factory.WithDbAsync(db => db.PlanComments.Where(c => c.PlanId == planId).Select(c => c.Text).ToListAsync()));

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

    /// <summary>Every row of every table (but the sessions, which note each request), as one string to compare.</summary>
    private Task<string> DatabaseFingerprintAsync() => factory.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = DatabaseTables.Names(db).Where(t => t is not ("UserSessions" or "DataProtectionKeys"));
        var text = new System.Text.StringBuilder();
        // One command of one SELECT per table: one round trip to a database server, not one per table.
        await using var rows = connection.CreateCommand();
        rows.CommandText = string.Concat(tables.Select(table => $"SELECT * FROM \"{table}\" ORDER BY 1;"));
        await using var reader = await rows.ExecuteReaderAsync();
        foreach (var table in tables)
        {
            text.Append(table).Append(':');
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : reader.GetValue(i).ToString()).Append('|');
                }
                text.Append('\n');
            }
            await reader.NextResultAsync();
        }
        return text.ToString();
    });
}
