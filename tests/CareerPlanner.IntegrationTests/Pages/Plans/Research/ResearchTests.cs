using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Plans.Research;

public class ResearchTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private static string Id(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Every_research_section_filled_through_its_form_is_there_after_a_reload()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        using (await client.SubmitAsync("/SelfAssessment/Items/Create/Strength", new Dictionary<string, string> { ["Input.Text"] = "Explaining data" })) { }
        var strengthId = await factory.WithDbAsync(db => db.SelfAssessmentItems.Where(i => i.Text == "Explaining data").Select(i => i.Id).SingleAsync());

        using var created = await client.SubmitAsync($"/Plans/{planId}/Options/Create", new Dictionary<string, string>
        {
            ["Input.Title"] = "Data engineer",
            ["Input.FitItemIds"] = Id(strengthId),
            ["Input.WhyItFits"] = "I like building pipelines",
            ["Input.Pros"] = "Demand is high",
            ["Input.Cons"] = "On-call",
            ["Input.FitRating"] = "4",
            ["Input.Status"] = "Shortlisted",
        });
        var optionUrl = created.Headers.Location!.OriginalString;
        using (await client.SubmitAsync(optionUrl, new Dictionary<string, string>
        {
            ["Input.Name"] = "Spark", ["Input.RequiredLevel"] = "3", ["Input.SourceUrl"] = "https://jobs.example.com/123",
        })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Activities/Create", new Dictionary<string, string>
        {
            ["Input.Kind"] = "JobShadowing",
            ["Input.Date"] = "2026-11-02",
            ["Input.Contact"] = "Sam at Acme",
            ["Input.Learned"] = "Most of the day is debugging",
            ["Input.FollowUpNeeded"] = "true",
            ["Input.FollowUp"] = "Send Sam a thank-you",
            ["Input.CareerOptionId"] = optionUrl.Split('/')[^1],
        })) { }
        var hub = await client.GetPageAsync($"/Plans/{planId}/Wizard/research");
        using (await client.SubmitAsync(hub, hub.Form("form[action$='/Notes/Create']"), new Dictionary<string, string>
        {
            ["Input.Text"] = "Salaries are rising", ["Input.SourceUrl"] = "https://example.com/report",
        })) { }

        var research = await client.GetPageAsync($"/Plans/{planId}/Wizard/research");
        var option = await client.GetPageAsync(optionUrl);

        Assert.Equal("Data engineer", research.Text("[data-testid=option-title]"));
        Assert.Contains("Job shadowing", research.Text("[data-testid=activities]"), StringComparison.Ordinal);
        Assert.Contains("Sam at Acme", research.Text("[data-testid=activities]"), StringComparison.Ordinal);
        Assert.Contains("(about Data engineer)", research.Text("[data-testid=activities]"), StringComparison.Ordinal);
        Assert.Contains("Send Sam a thank-you", research.Text("[data-testid=activities]"), StringComparison.Ordinal);
        Assert.Equal("Salaries are rising", research.Text("[data-testid=note-text]"));
        Assert.Equal("https://example.com/report", research.Document.QuerySelector("[data-testid=notes] a[rel='noopener noreferrer']")?.GetAttribute("href"));
        Assert.Equal("Shortlisted", option.Text("[data-testid=option-status]"));
        Assert.Contains("Draws on: Explaining data", option.Text("main"), StringComparison.Ordinal);
        Assert.Contains("On-call", option.Text("main"), StringComparison.Ordinal);
        Assert.Equal("Spark", option.Text("[data-testid=demand-name]"));
        Assert.Equal("noopener noreferrer", option.Document.QuerySelector("[data-testid=demands] a[href='https://jobs.example.com/123']")?.GetAttribute("rel"));
        Assert.All(research.Document.QuerySelectorAll("[data-testid=checklist] li"), li => Assert.Equal("true", li.GetAttribute("data-met")));
        Assert.NotNull(email);
    }

    [Fact]
    public async Task The_gap_view_lists_four_demanded_skills_against_three_owned_ones_in_the_expected_order()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        foreach (var (name, rating) in new[] { ("SQL", "5"), ("python", "2"), ("Writing", "3") })
        {
            using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Rating"] = rating })) { }
        }
        var optionId = await client.CreateOptionAsync(planId, "Analytics engineer");
        foreach (var (name, level) in new[] { (" Python ", "4"), ("sql", "4"), ("dbt", "3"), ("Airflow", "3") })
        {
            using (await client.SubmitAsync($"/Plans/{planId}/Options/{optionId}", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.RequiredLevel"] = level })) { }
        }

        var gap = await client.GetPageAsync($"/Plans/{planId}/Gap/{optionId}");

        var rows = gap.Document.QuerySelectorAll("[data-testid=gap-table] tbody tr")
            .Select(tr => string.Join("|", tr.Children.Take(4).Select(c => c.TextContent.Trim()).Append(tr.QuerySelector("[data-testid=gap-status]")!.TextContent))).ToList();
        Assert.Equal(
        [
            "Airflow|3|–|3|Missing",
            "dbt|3|–|3|Missing",
            "Python|4|2|2|Below the level",
            "sql|4|5|0|Met",
        ], rows);
    }

    [Fact]
    public async Task A_javascript_source_address_is_refused_beside_the_field_with_the_name_kept()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var optionId = await client.CreateOptionAsync(planId, "Designer");

        using var response = await client.SubmitAsync($"/Plans/{planId}/Options/{optionId}", new Dictionary<string, string>
        {
            ["Input.Name"] = "Figma", ["Input.RequiredLevel"] = "3", ["Input.SourceUrl"] = "javascript:alert(1)",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("http:// or https://", Assert.Single(page.FieldErrors("Input.SourceUrl")), StringComparison.Ordinal);
        Assert.Equal("Figma", page.InputValue("Input.Name"));
        Assert.False(await factory.WithDbAsync(db => db.DemandedSkills.AnyAsync(d => d.CareerOptionId == optionId)));
    }

    [Fact]
    public async Task Choosing_a_second_target_steps_the_first_down_to_shortlisted_and_says_so()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var first = await client.CreateOptionAsync(planId, "First target", status: "ChosenTarget");

        using var second = await client.SubmitAsync($"/Plans/{planId}/Options/Create", new Dictionary<string, string>
        {
            ["Input.Title"] = "Second target", ["Input.FitRating"] = "5", ["Input.Status"] = "ChosenTarget",
        });

        var page = await client.GetPageAsync(second.Headers.Location!.OriginalString);
        Assert.Contains("\"First target\" went back to shortlisted", page.Text("[data-testid=status-message]"), StringComparison.Ordinal);
        Assert.Equal("Shortlisted", (await client.GetPageAsync($"/Plans/{planId}/Options/{first}")).Text("[data-testid=option-status]"));
        var statuses = await factory.WithDbAsync(db => db.CareerOptions.Where(o => o.PlanId == planId).Select(o => o.Status).ToListAsync());
        Assert.Single(statuses, s => s == Web.Domain.CareerOptionStatus.ChosenTarget);
        var targetGap = await client.GetPageAsync($"/Plans/{planId}/Gap");
        Assert.Equal("Skill gap: Second target", targetGap.Text("h1"));
    }

    [Fact]
    public async Task A_rejected_option_needs_its_reason_and_an_activity_cannot_link_another_plans_option()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var otherPlan = await client.CreatePlanAsync("Another plan");
        var otherOption = await client.CreateOptionAsync(otherPlan, "Elsewhere");

        using var rejected = await client.SubmitAsync($"/Plans/{planId}/Options/Create", new Dictionary<string, string>
        {
            ["Input.Title"] = "Nope", ["Input.FitRating"] = "1", ["Input.Status"] = "Rejected",
        });
        using var linked = await client.SubmitAsync($"/Plans/{planId}/Activities/Create", new Dictionary<string, string>
        {
            ["Input.Learned"] = "Kept lesson", ["Input.CareerOptionId"] = Id(otherOption),
        });

        Assert.NotEmpty((await rejected.ParseAsync()).FieldErrors("Input.RejectionReason"));
        var page = await linked.ParseAsync();
        Assert.NotEmpty(page.FieldErrors("Input.CareerOptionId"));
        Assert.Equal("Kept lesson", page.Document.QuerySelector("textarea[name='Input.Learned']")!.TextContent);
    }

    [Fact]
    public async Task Editing_an_option_and_an_activity_keeps_their_links_and_saves_the_changes()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        using (await client.SubmitAsync("/SelfAssessment/Items/Create/Value", new Dictionary<string, string> { ["Input.Text"] = "Autonomy" })) { }
        var valueId = await factory.WithDbAsync(db => db.SelfAssessmentItems.Where(i => i.Text == "Autonomy").Select(i => i.Id).SingleAsync());
        var optionId = await client.CreateOptionAsync(planId, "Freelance", fitItemId: valueId);

        var edit = await client.GetPageAsync($"/Plans/{planId}/Options/{optionId}/Edit");
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)edit.Document.QuerySelector($"#fit-{valueId}")!).IsChecked);
        using (await client.SubmitAsync(edit, edit.Form(), new Dictionary<string, string> { ["Input.Title"] = "Freelance consultant" })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Activities/Create", new Dictionary<string, string> { ["Input.Learned"] = "First thoughts" })) { }
        var activityId = await factory.WithDbAsync(db => db.ExplorationActivities.Where(a => a.PlanId == planId).Select(a => a.Id).SingleAsync());
        using (await client.SubmitAsync($"/Plans/{planId}/Activities/{activityId}/Edit", new Dictionary<string, string> { ["Input.Learned"] = "Second thoughts" })) { }

        var option = await client.GetPageAsync($"/Plans/{planId}/Options/{optionId}");
        Assert.Equal("Freelance consultant", option.Text("h1"));
        Assert.Contains("Draws on: Autonomy", option.Text("main"), StringComparison.Ordinal);
        Assert.Equal("Second thoughts", (await client.GetPageAsync($"/Plans/{planId}/Wizard/research")).Text("[data-testid=activity-learned]"));
    }

    [Fact]
    public async Task Deleting_the_plan_removes_its_research()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var optionId = await client.CreateOptionAsync(planId, "Gone soon");
        using (await client.SubmitAsync($"/Plans/{planId}/Options/{optionId}", new Dictionary<string, string> { ["Input.Name"] = "X", ["Input.RequiredLevel"] = "2" })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Activities/Create", new Dictionary<string, string> { ["Input.Learned"] = "Y", ["Input.CareerOptionId"] = Id(optionId) })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Notes/Create", new Dictionary<string, string> { ["Input.Text"] = "Z" })) { }

        using (await client.SubmitAsync($"/Plans/{planId}/Delete", new Dictionary<string, string>())) { }

        await factory.WithDbAsync(async db =>
        {
            Assert.False(await db.CareerOptions.AnyAsync(o => o.PlanId == planId));
            Assert.False(await db.DemandedSkills.AnyAsync(d => d.CareerOptionId == optionId));
            Assert.False(await db.ExplorationActivities.AnyAsync(a => a.PlanId == planId));
            Assert.False(await db.ResearchNotes.AnyAsync(n => n.PlanId == planId));
        });
    }
}
