using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>Achievements, research notes and demanded skills are edited through their own forms, with the rules they
/// were added with, and a change saved elsewhere meanwhile is never overwritten.</summary>
public class EditingTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task An_achievement_is_edited_with_its_links_and_a_bad_date_keeps_the_rest_of_the_input()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var goalId = await client.CreateGoalAsync(planId, DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime));
        using (await client.SubmitAsync("/Achievements/Create", new Dictionary<string, string> { ["Input.What"] = "Shipped the export" })) { }
        var id = await factory.WithDbAsync(db => db.Achievements.Where(a => a.What == "Shipped the export").Select(a => a.Id).SingleAsync());
        var list = await client.GetPageAsync("/Achievements");
        Assert.NotNull(list.Document.QuerySelector($"a[href='/Achievements/{id}/Edit']"));

        using var refused = await client.SubmitAsync($"/Achievements/{id}/Edit", new Dictionary<string, string> { ["Input.Date"] = "22026-03-10", ["Input.What"] = "Shipped the billing export" });
        var refusedPage = await refused.ParseAsync();
        Assert.Equal(["Enter a real date, e.g. 14 March 2026."], refusedPage.FieldErrors("Input.Date"));
        Assert.Equal("Shipped the billing export", refusedPage.InputValue("Input.What"));

        using var saved = await client.SubmitAsync($"/Achievements/{id}/Edit", new Dictionary<string, string>
        {
            ["Input.What"] = "Shipped the billing export", ["Input.Impact"] = "Finance closes the month a day sooner", ["Input.GoalIds"] = goalId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var achievement = await factory.WithDbAsync(db => db.Achievements.Include(a => a.Goals).SingleAsync(a => a.Id == id));
        Assert.Equal("Shipped the billing export", achievement.What);
        Assert.Equal("Finance closes the month a day sooner", achievement.Impact);
        Assert.Equal([goalId], achievement.Goals.Select(g => g.GoalId));
    }

    [Fact]
    public async Task A_research_note_is_edited_and_a_stale_form_is_refused_with_the_text_kept()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        using (await client.SubmitAsync($"/Plans/{planId}/Notes/Create", new Dictionary<string, string> { ["Input.Text"] = "Data teams want dbt" })) { }
        var noteId = await factory.WithDbAsync(db => db.ResearchNotes.Where(n => n.PlanId == planId).Select(n => n.Id).SingleAsync());
        var hub = await client.GetPageAsync($"/Plans/{planId}/Wizard/research");
        Assert.NotNull(hub.Document.QuerySelector($"a[href='/Plans/{planId}/Notes/{noteId}/Edit']"));
        var stale = await client.GetPageAsync($"/Plans/{planId}/Notes/{noteId}/Edit");

        using var saved = await client.SubmitAsync($"/Plans/{planId}/Notes/{noteId}/Edit", new Dictionary<string, string> { ["Input.Text"] = "Data teams want dbt and Airflow", ["Input.SourceUrl"] = "https://example.com/survey" });
        using var conflict = await client.SubmitAsync(stale, stale.Form(), new Dictionary<string, string> { ["Input.Text"] = "Typed in the other tab" });
        using var badUrl = await client.SubmitAsync($"/Plans/{planId}/Notes/{noteId}/Edit", new Dictionary<string, string> { ["Input.SourceUrl"] = "javascript:alert(1)" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var conflictPage = await conflict.ParseAsync();
        Assert.Contains(Web.Infrastructure.Concurrency.ConflictMessage, conflictPage.SummaryErrors);
        Assert.Equal("Typed in the other tab", conflictPage.Document.QuerySelector("textarea[name='Input.Text']")!.TextContent.Trim());
        Assert.NotEmpty((await badUrl.ParseAsync()).FieldErrors("Input.SourceUrl"));
        var note = await factory.WithDbAsync(db => db.ResearchNotes.SingleAsync(n => n.Id == noteId));
        Assert.Equal(("Data teams want dbt and Airflow", "https://example.com/survey"), (note.Text, note.SourceUrl));
    }

    [Fact]
    public async Task A_demanded_skill_is_edited_and_the_gap_follows()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var optionId = await client.CreateOptionAsync(planId, "Analytics engineer");
        using (await client.SubmitAsync($"/Plans/{planId}/Options/{optionId}", new Dictionary<string, string> { ["Input.Name"] = "SQL", ["Input.RequiredLevel"] = "3" })) { }
        var demandId = await factory.WithDbAsync(db => db.DemandedSkills.Where(d => d.CareerOptionId == optionId).Select(d => d.Id).SingleAsync());
        var details = await client.GetPageAsync($"/Plans/{planId}/Options/{optionId}");
        Assert.NotNull(details.Document.QuerySelector($"a[href='/Plans/{planId}/Options/{optionId}/Skills/{demandId}/Edit']"));

        using var refused = await client.SubmitAsync($"/Plans/{planId}/Options/{optionId}/Skills/{demandId}/Edit", new Dictionary<string, string> { ["Input.Name"] = "", ["Input.RequiredLevel"] = "9" });
        using var saved = await client.SubmitAsync($"/Plans/{planId}/Options/{optionId}/Skills/{demandId}/Edit", new Dictionary<string, string> { ["Input.Name"] = "Advanced SQL", ["Input.RequiredLevel"] = "5" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEmpty((await refused.ParseAsync()).FieldErrors("Input.Name"));
        Assert.Equal($"/Plans/{planId}/Options/{optionId}", saved.Headers.Location!.OriginalString);
        Assert.Contains("Advanced SQL", (await client.GetPageAsync($"/Plans/{planId}/Gap/{optionId}")).Text("[data-testid=gap-table]"), StringComparison.Ordinal);
    }
}
