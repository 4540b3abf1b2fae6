using System.Globalization;
using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.IntegrationTests.Pages.Plans;

/// <summary>The plan overview is the whole plan on one page: every part filled from the data, in order, and nothing that is not true.</summary>
public class OverviewTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_full_plan_shows_its_goal_tree_target_gap_milestones_actions_and_evaluation_and_an_at_risk_judgement_until_a_later_reading()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Into data engineering");
        var lead = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string>
        {
            ["Input.Title"] = "Lead a data platform team", ["Input.Horizon"] = "FiveYears", ["Input.Target"] = "1",
            ["Input.TargetDate"] = Date(Today.AddYears(4)),
        });
        var exam = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string>
        {
            ["Input.Title"] = "Pass four AWS practice exams", ["Input.Target"] = "4", ["Input.ParentGoalId"] = $"{lead}",
        });
        await AddReadingAsync(client, planId, exam, Today.AddDays(-3), "1");

        var optionId = await client.CreateOptionAsync(planId, "Data engineer", status: "ChosenTarget");
        await factory.WithDbAsync(async db =>
        {
            var userId = db.Plans.Where(p => p.Id == planId).Select(p => p.OwnerId).Single();
            db.Skills.Add(new Skill(userId, "SQL", SkillCategory.Technical, 4, null, Today));
            db.Skills.Add(new Skill(userId, "Python", SkillCategory.Technical, 2, null, Today));
            db.DemandedSkills.AddRange(
                new DemandedSkill(optionId, "SQL", 4, null), new DemandedSkill(optionId, "Python", 4, null), new DemandedSkill(optionId, "Spark", 3, null));
            db.Milestones.AddRange(
                new Milestone(exam, "Finish the course", 1) { Date = Today.AddDays(-20), ReachedOn = Today.AddDays(-21) },
                new Milestone(exam, "Pass the first mock exam", 2) { Date = Today.AddDays(-2) },
                new Milestone(exam, "Book the real exam", 3) { Date = Today.AddDays(40) });
            db.ActionItems.AddRange(
                new ActionItem(planId) { Title = "Renew the course licence", DueDate = Today.AddDays(-9), GoalId = exam },
                new ActionItem(planId) { Title = "Do mock exam two", DueDate = Today },
                new ActionItem(planId) { Title = "Ask for an exam voucher", DueDate = Today.AddDays(30) });
            await db.SaveChangesAsync();
        });

        var reviewForm = await client.GetPageAsync($"/Plans/{planId}/Reviews/New/quarterly");
        var examRow = RowOf(reviewForm, exam);
        using (var review = await client.SubmitAsync(reviewForm, reviewForm.Form(), new Dictionary<string, string>
        {
            ["Input.Satisfaction"] = "7", [$"Input.Goals[{examRow}].Judgement"] = "AtRisk", [$"Input.Goals[{1 - examRow}].Judgement"] = "OnTrack",
            ["Input.CareerFit"] = "Yes", ["Input.CareerFitWhy"] = "I like building pipelines",
        }))
        {
            Assert.True(review.StatusCode == HttpStatusCode.Redirect, await review.Content.ReadAsStringAsync());
        }

        var overview = await client.GetPageAsync($"/Plans/{planId}");
        var text = overview.Document.Body!.TextContent;
        Assert.DoesNotContain("No SMART goals yet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("once that section exists", text, StringComparison.Ordinal);
        Assert.Equal(["Assets", "Career goals", "Strategy", "Marketing strategy", "Evaluation"],
            overview.Document.QuerySelectorAll("section.plan-part > h2").Select(h => h.TextContent.Trim()));

        // Career goals: the 1-year goal sits under the 5-year goal it serves, with its progress, reading and judgement.
        var leadItem = overview.Document.QuerySelectorAll("[data-testid=goal]").Single(li => li.QuerySelector("a")!.TextContent == "Lead a data platform team");
        var examItem = leadItem.QuerySelectorAll("[data-testid=goal]").Single();
        Assert.Equal("Pass four AWS practice exams", examItem.QuerySelector("a")!.TextContent);
        Assert.Contains("25%", examItem.TextContent, StringComparison.Ordinal);
        Assert.Contains($"From 0 to 4 exams: 1 on {Today.AddDays(-3):d MMM yyyy}.", Squash(examItem.QuerySelector("[data-testid=goal-measure]")!.TextContent), StringComparison.Ordinal);
        Assert.Equal($"At risk — review of {Today:d MMM yyyy}", examItem.QuerySelector("[data-testid=goal-verdict]")!.TextContent);
        Assert.Null(leadItem.QuerySelector(":scope > [data-testid=goal-verdict]")); // judged on track: nothing to mark

        // Strategy: the target with its gap, the milestones as a dated timeline, the open actions by when.
        Assert.Contains("2 of 3 demanded skills still to build (1 missing, 1 below the level it needs)", Squash(overview.Text("[data-testid=overview-target]")), StringComparison.Ordinal);
        Assert.Equal(["Finish the course — done", "Pass the first mock exam — overdue", "Book the real exam — next"],
            overview.Document.QuerySelectorAll("[data-testid=overview-milestone]")
                .Select(li => $"{li.QuerySelector("[data-testid=milestone-title]")!.TextContent} — {li.QuerySelector("[data-testid=milestone-state]")!.TextContent}"));
        Assert.Contains("Renew the course licence", overview.Text("[data-testid=overview-actions-overdue]"), StringComparison.Ordinal);
        Assert.Contains("Do mock exam two", overview.Text("[data-testid=overview-actions-this-week]"), StringComparison.Ordinal);
        Assert.Contains("Ask for an exam voucher", overview.Text("[data-testid=overview-actions-later]"), StringComparison.Ordinal);

        // Evaluation: the last review, the career-fit answer and the quarter's satisfaction in words.
        Assert.Contains("Quarterly review of", overview.Text("[data-testid=overview-last-review]"), StringComparison.Ordinal);
        Assert.Contains("Yes", overview.Text("[data-testid=overview-career-fit]"), StringComparison.Ordinal);
        Assert.Contains($"{ReviewText.QuarterTitle(Quarters.Of(Today).Start)}: 7 of 10", overview.Text("[data-testid=overview-satisfaction]"), StringComparison.Ordinal);

        // The same judgement on the goals list, the goal's own page and the dashboard …
        Assert.Contains("At risk", (await client.GetPageAsync($"/Plans/{planId}/Goals")).Text("[data-testid=goal-verdict]"), StringComparison.Ordinal);
        Assert.Contains("At risk", (await client.GetPageAsync($"/Plans/{planId}/Goals/{exam}")).Text("[data-testid=goal-verdict]"), StringComparison.Ordinal);
        var dashboard = await client.GetPageAsync("/Dashboard");
        Assert.Contains("Pass four AWS practice exams", dashboard.Text("[data-testid=goals-at-risk]"), StringComparison.Ordinal);
        Assert.Contains("At risk", dashboard.Text("[data-testid=goals-at-risk] [data-testid=goal-verdict]"), StringComparison.Ordinal);

        // … until a later reading answers it.
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await AddReadingAsync(client, planId, exam, Today, "3");
        Assert.Null((await client.GetPageAsync($"/Plans/{planId}")).Document.QuerySelector("[data-testid=goal-verdict]"));
        Assert.Null((await client.GetPageAsync($"/Plans/{planId}/Goals/{exam}")).Document.QuerySelector("[data-testid=goal-verdict]"));
        Assert.Null((await client.GetPageAsync("/Dashboard")).Document.QuerySelector("[data-testid=goals-at-risk]"));
    }

    [Fact]
    public async Task The_target_on_the_overview_counts_a_demanded_skill_as_met_when_the_person_says_one_of_their_skills_covers_it()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Into data engineering");
        var optionId = await client.CreateOptionAsync(planId, "Data engineer", status: "ChosenTarget");
        await factory.WithDbAsync(async db =>
        {
            var userId = db.Plans.Where(p => p.Id == planId).Select(p => p.OwnerId).Single();
            var pySpark = new Skill(userId, "PySpark", SkillCategory.Technical, 3, null, Today);
            db.Skills.Add(pySpark);
            db.DemandedSkills.AddRange(new DemandedSkill(optionId, "Apache Spark", 3, null), new DemandedSkill(optionId, "Scala", 3, null));
            await db.SaveChangesAsync();
            db.SkillCoverages.Add(new SkillCoverage(pySpark.Id, "Apache Spark"));
            await db.SaveChangesAsync();
        });

        var overview = await client.GetPageAsync($"/Plans/{planId}");

        Assert.Contains("1 of 2 demanded skills still to build (1 missing, 0 below the level it needs)", Squash(overview.Text("[data-testid=overview-target]")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_issues_as_many_sql_commands_for_500_goals_milestones_and_actions_as_for_one()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var small = await factory.PlanWithAsync(client, 1);
        var large = await factory.PlanWithAsync(client, 500);
        await client.GetPageAsync($"/Plans/{small}"); // warm up

        var forOne = await factory.SqlCommands.CountAsync(() => client.GetPageAsync($"/Plans/{small}"));
        var forFiveHundred = await factory.SqlCommands.CountAsync(() => client.GetPageAsync($"/Plans/{large}"));

        Assert.InRange(forOne, 1, 4); // the plan with its checklist, the person's assets and brand, the goals, the plan's other rows
        Assert.Equal(forOne, forFiveHundred);
        var page = await client.GetPageAsync($"/Plans/{large}");
        Assert.Equal(500, page.Document.QuerySelectorAll("[data-testid=goal]").Length);
        Assert.Equal(500, page.Document.QuerySelectorAll("[data-testid=overview-milestone]").Length);
    }

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    private static int RowOf(HtmlPage form, int goalId) =>
        form.Document.QuerySelectorAll("input[name$='.GoalId']").Select((input, index) => (input, index))
            .Single(x => x.input.GetAttribute("value") == goalId.ToString(CultureInfo.InvariantCulture)).index;

    private static async Task AddReadingAsync(HttpClient client, int planId, int goalId, DateOnly date, string value)
    {
        using var response = await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Date"] = Date(date), ["Input.Value"] = value }, "form[action*=AddReading]");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            string.Join(" | ", (await response.ParseAsync()).Document.QuerySelectorAll(".field-validation-error, #error-summary li").Select(e => e.TextContent.Trim())));
    }
}
