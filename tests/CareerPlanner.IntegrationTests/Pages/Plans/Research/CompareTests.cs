using System.Globalization;
using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Plans.Research;

/// <summary>Career options side by side, every figure from the person's own data, and the choice made from there.</summary>
public sealed class CompareTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Three_options_show_each_figure_in_its_cell_and_one_is_chosen_or_started_as_a_new_plan()
    {
        await OnetFixture.ImportAsync(factory);
        var (client, email) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Where next");
        using (await client.SubmitAsync("/Profile/InterestTest", InterestTest.Questions.ToDictionary(q => $"Input.Answers[{q.Number}]",
            q => q.Area is InterestArea.Investigative or InterestArea.Organising ? "5" : "1"), "#interest-test")) { }
        using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "Programming", ["Input.Rating"] = "4" })) { }
        using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "Critical thinking", ["Input.Rating"] = "2" })) { }
        // 1. Researched from the catalogue: Computers and Electronics 4, Programming 4, Critical Thinking 4, SQL 3.
        var page = await client.GetPageAsync($"/Occupations/{OnetFixture.DatabaseArchitects}");
        using (var researched = await client.SubmitAsync(page, page.Form("form[action*=Research]"), new Dictionary<string, string> { ["Input.PlanId"] = Id(planId) }))
        {
            Assert.Equal(HttpStatusCode.Redirect, researched.StatusCode);
        }
        var architect = await factory.WithDbAsync(db => db.CareerOptions.Where(o => o.PlanId == planId).Select(o => o.Id).SingleAsync());
        // 2. Explored: two activities, the latest an informational interview.
        var teacher = await client.CreateOptionAsync(planId, "Data teacher");
        foreach (var (kind, days, contact) in new[] { ("Reading", -20, ""), ("InformationalInterview", -3, "Ms Okafor") })
        {
            using var activity = await client.SubmitAsync($"/Plans/{planId}/Activities/Create", new Dictionary<string, string>
            {
                ["Input.Kind"] = kind, ["Input.Date"] = Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Contact"] = contact,
                ["Input.Learned"] = "A lot", ["Input.CareerOptionId"] = Id(teacher),
            });
            Assert.Equal(HttpStatusCode.Redirect, activity.StatusCode);
        }
        using (var note = await client.SubmitAsync($"/Plans/{planId}/Notes/Create", new Dictionary<string, string>
        {
            ["Input.Text"] = "Teachers of data courses are in demand in the evenings", ["Input.CareerOptionId"] = Id(teacher),
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        }
        var research = await client.GetPageAsync($"/Plans/{planId}/Wizard/research");
        Assert.Equal("About: Data teacher", research.Text("[data-testid=note-option]"));
        // 3. Rejected, with its reason.
        var sales = await client.CreateOptionAsync(planId, "Sales engineer");
        using (var rejected = await client.SubmitAsync($"/Plans/{planId}/Options/{sales}/Edit", new Dictionary<string, string>
        {
            ["Input.Status"] = "Rejected", ["Input.RejectionReason"] = "Too much travel",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        }

        var compare = await client.GetPageAsync($"/Plans/{planId}/Research/Compare?o={architect}&o={teacher}&o={sales}");

        string Cell(string row, int column) => compare.Document.QuerySelectorAll("[data-testid=compare-table] tbody tr")
            .Single(tr => tr.QuerySelector("th")!.TextContent == row).QuerySelectorAll("td")[column].TextContent.Trim();
        Assert.Equal(["Database Architects", "Data teacher", "Sales engineer"], compare.Document.QuerySelectorAll("[data-testid=compare-table] thead th").Select(th => th.TextContent));
        Assert.Equal("Rejected: Too much travel", Cell("Status", 2));
        Assert.StartsWith("Strong in Organising and Investigative, like you. (fit 0.9", Cell("Interest fit", 0), StringComparison.Ordinal);
        Assert.Equal("Not linked to an occupation", Cell("Interest fit", 1));
        Assert.Equal("4 skills demanded: 1 covered, 1 partly, 2 missing", Cell("Skills", 0));
        Assert.Equal("40 % of the demanded levels", Cell("Share covered", 0).Replace('\u00a0', ' '));
        Assert.Equal("Computers and Electronics (short by 4), Structured query language SQL (short by 3), Critical Thinking (short by 2)", Cell("Biggest gaps", 0));
        Assert.Equal("5 of 5: Job Zone 5: preparation 5", Cell("Preparation", 0));
        Assert.Equal($"2 activities, 1 note; latest: note “Teachers of data courses are in demand in the evenings” on {Today:d MMM yyyy}", Cell("What you found out", 1));
        Assert.Equal("No activity or note linked yet", Cell("What you found out", 2));
        Assert.Equal(3, compare.Document.QuerySelectorAll("[data-testid=compare-cards] section").Length);
        Assert.Contains("O*NET 99.9 Database", compare.Text("[data-testid=onet-credit]"), StringComparison.Ordinal);

        using (var chosen = await client.SubmitAsync(compare, compare.Form("[data-testid=compare-table] form[action*='handler=Choose'][action*='optionId=" + teacher + "']")))
        {
            Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        }
        Assert.Equal(CareerOptionStatus.ChosenTarget, await factory.WithDbAsync(db => db.CareerOptions.Where(o => o.Id == teacher).Select(o => o.Status).SingleAsync()));

        var again = await client.GetPageAsync($"/Plans/{planId}/Research/Compare?o={architect}&o={teacher}");
        using (var started = await client.SubmitAsync(again, again.Form("[data-testid=compare-table] form[action*='handler=NewPlan'][action*='optionId=" + architect + "']")))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }
        var copy = await factory.WithDbAsync(db => db.Plans.Where(p => p.Title == "Database Architects" && db.Users.Any(u => u.Id == p.OwnerId && u.Email == email))
            .Select(p => new
            {
                p.Id,
                Options = db.CareerOptions.Where(o => o.PlanId == p.Id).Select(o => new { o.Title, o.Status, o.OccupationCode, Skills = db.DemandedSkills.Count(d => d.CareerOptionId == o.Id) }).ToList(),
            }).SingleAsync());
        var option = Assert.Single(copy.Options);
        Assert.Equal(("Database Architects", CareerOptionStatus.ChosenTarget, OnetFixture.DatabaseArchitects, 4), (option.Title, option.Status, option.OccupationCode, option.Skills));
        Assert.Equal(3, await factory.WithDbAsync(db => db.CareerOptions.CountAsync(o => o.PlanId == planId)));
    }

    [Fact]
    public async Task The_default_selection_is_the_target_and_the_shortlist_and_another_persons_option_is_a_404()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var a = await client.CreateOptionAsync(planId, "Alpha");
        var b = await client.CreateOptionAsync(planId, "Beta");
        await client.CreateOptionAsync(planId, "Gamma");
        foreach (var (id, state) in new[] { (a, "ChosenTarget"), (b, "Shortlisted") })
        {
            using (await client.SubmitAsync($"/Plans/{planId}/Options/{id}/Edit", new Dictionary<string, string> { ["Input.Status"] = state })) { }
        }

        var compare = await client.GetPageAsync($"/Plans/{planId}/Research/Compare");

        Assert.Equal(["Alpha", "Beta"], compare.Document.QuerySelectorAll("[data-testid=compare-table] thead th").Select(th => th.TextContent));
        var (stranger, _) = await factory.RegisterNewUserAsync();
        var theirs = await stranger.CreatePlanAsync();
        var theirOption = await stranger.CreateOptionAsync(theirs, "Theirs");
        using var foreign = await client.GetAsync($"/Plans/{planId}/Research/Compare?o={a}&o={theirOption}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var one = await client.GetPageAsync($"/Plans/{planId}/Research/Compare?o={a}");
        Assert.Contains("Tick at least two options", one.Text("[data-testid=compare-problem]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comparison_costs_the_same_sql_commands_for_options_with_one_or_fifty_demanded_skills()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var small = await client.CreatePlanAsync("Small");
        var large = await client.CreatePlanAsync("Large");
        var ids = new Dictionary<int, int[]>();
        foreach (var (planId, count) in new[] { (small, 1), (large, 50) })
        {
            var first = await client.CreateOptionAsync(planId, "One");
            var second = await client.CreateOptionAsync(planId, "Two");
            ids[planId] = [first, second];
            await factory.WithDbAsync(async db =>
            {
                foreach (var option in new[] { first, second })
                {
                    db.DemandedSkills.AddRange(Enumerable.Range(1, count).Select(i => new DemandedSkill(option, $"Skill {i}", 3, null)));
                    db.ExplorationActivities.AddRange(Enumerable.Range(1, count).Select(_ =>
                    {
                        var activity = new ExplorationActivity(planId);
                        activity.Update(ExplorationKind.Reading, Today, null, "Read", false, null, option);
                        return activity;
                    }));
                }
                await db.SaveChangesAsync();
            });
        }
        await client.GetPageAsync($"/Plans/{small}/Research/Compare?o={ids[small][0]}&o={ids[small][1]}"); // warm

        var forOne = await factory.SqlCommands.CountAsync(() => client.GetPageAsync($"/Plans/{small}/Research/Compare?o={ids[small][0]}&o={ids[small][1]}"));
        var forFifty = await factory.SqlCommands.CountAsync(() => client.GetPageAsync($"/Plans/{large}/Research/Compare?o={ids[large][0]}&o={ids[large][1]}"));

        Assert.Equal(forOne, forFifty);
        Assert.True(forOne <= 12, $"{forOne} commands");
    }

    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
}
