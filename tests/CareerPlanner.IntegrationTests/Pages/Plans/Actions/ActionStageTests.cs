using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Plans.Actions;

public class ActionStageTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_unfinished_action_carries_over_once_then_twice_and_stops_when_done()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var lastWeek = ActionWeeks.WeekStart(Today, DayOfWeek.Monday).AddDays(-1);
        using (await client.SubmitAsync($"/Plans/{planId}/Actions/Create", new Dictionary<string, string>
        {
            ["Input.Title"] = "Email Priya", ["Input.DueDate"] = Date(lastWeek),
        })) { }

        var once = await client.GetPageAsync($"/Plans/{planId}/Actions");
        Assert.Contains("(once)", once.Text("[data-testid=this-week] [data-testid=carried-over]"), StringComparison.Ordinal);
        Assert.Equal("Overdue", once.Text("[data-testid=this-week] [data-testid=overdue]"));

        factory.Clock.Advance(TimeSpan.FromDays(7));
        var twice = await client.GetPageAsync($"/Plans/{planId}/Actions");
        Assert.Contains("(2 times)", twice.Text("[data-testid=carried-over]"), StringComparison.Ordinal);
        Assert.Contains($"week of {ActionWeeks.WeekStart(lastWeek, DayOfWeek.Monday):d MMM}", twice.Text("[data-testid=carried-over]"), StringComparison.Ordinal);

        using var done = await client.SubmitAsync(twice, twice.Form("form[action*='handler=Done']"));
        var after = await client.GetPageAsync($"/Plans/{planId}/Actions");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Null(after.Document.QuerySelector("[data-testid=carried-over]"));
        Assert.Contains("Email Priya", after.Text("[data-testid=closed-actions]"), StringComparison.Ordinal);
        Assert.Equal(Date(Today), Date(await factory.WithDbAsync(db => db.ActionItems.Where(a => a.PlanId == planId).Select(a => a.DoneOn!.Value).SingleAsync())));
    }

    [Fact]
    public async Task The_hub_shows_the_first_ten_of_a_long_list_of_actions_and_the_way_to_all_of_them_which_the_actions_page_lists()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await factory.PlanWithAsync(client, 60); // due from today to 19 days on: every list longer than ten

        var hub = await client.GetPageAsync($"/Plans/{planId}/Wizard/action");
        var all = await client.GetPageAsync($"/Plans/{planId}/Actions");

        var thisWeek = hub.Document.QuerySelectorAll("[data-testid=this-week] [data-testid=action]").Length;
        var later = hub.Document.QuerySelectorAll("[data-testid=later] [data-testid=action]").Length;
        Assert.Equal(10, later);
        Assert.InRange(thisWeek, 1, 10);
        var more = hub.Document.QuerySelector("[data-testid=more-later]")!;
        Assert.Contains("more: see all actions", more.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Plans/{planId}/Actions", more.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(60, all.Document.QuerySelectorAll("[data-testid=action]").Length);
        Assert.Null(all.Document.QuerySelector("[data-testid=more-later]"));
        var hidden = all.Document.QuerySelectorAll("[data-testid=later] [data-testid=action]").Length - later;
        Assert.Equal($"and {hidden} more: see all actions", more.TextContent.Trim());
    }

    [Fact]
    public async Task Planning_backwards_asks_of_each_answer_in_turn_and_lists_them_in_time_order_with_suggested_dates()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var goalId = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string> { ["Input.TargetDate"] = Date(Today.AddDays(90)) });
        var url = $"/Plans/{planId}/Goals/{goalId}/Milestones/Plan";

        Assert.Contains("just before “Pass the AWS data exam”", (await client.GetPageAsync(url)).Text("[data-testid=question]"), StringComparison.Ordinal);
        using (await client.SubmitAsync(url, new Dictionary<string, string> { ["Input.Title"] = "Passed three practice exams" })) { }
        Assert.Contains("just before “Passed three practice exams”", (await client.GetPageAsync(url)).Text("[data-testid=question]"), StringComparison.Ordinal);
        using (await client.SubmitAsync(url, new Dictionary<string, string> { ["Input.Title"] = "Finished the video course" })) { }
        var goal = await client.GetPageAsync($"/Plans/{planId}/Goals/{goalId}");
        using var suggested = await client.SubmitAsync(goal, goal.Form("form[action*='handler=SuggestDates']"));

        var after = await client.GetPageAsync($"/Plans/{planId}/Goals/{goalId}");
        var milestones = after.Document.QuerySelectorAll("[data-testid=milestones] > li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, milestones.Count);
        Assert.Contains("Finished the video course", milestones[0], StringComparison.Ordinal);
        Assert.Contains($"{Today.AddDays(30):d MMM yyyy}", milestones[0], StringComparison.Ordinal);
        Assert.Contains("Passed three practice exams", milestones[1], StringComparison.Ordinal);
        Assert.Contains($"{Today.AddDays(60):d MMM yyyy}", milestones[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_milestone_dated_after_its_goal_is_refused_beside_the_date_and_one_out_of_order_is_flagged()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var target = Today.AddDays(60);
        var goalId = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string> { ["Input.TargetDate"] = Date(target) });
        foreach (var title in new[] { "Second step", "First step" })
        {
            using (await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Milestones/Plan", new Dictionary<string, string> { ["Input.Title"] = title })) { }
        }
        var ids = await factory.WithDbAsync(db => db.Milestones.Where(m => m.GoalId == goalId).OrderBy(m => m.Sequence).Select(m => m.Id).ToListAsync());

        using var tooLate = await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Milestones/{ids[0]}/Edit",
            new Dictionary<string, string> { ["Input.Date"] = Date(target.AddDays(1)) });
        Assert.Equal(HttpStatusCode.OK, tooLate.StatusCode);
        var page = await tooLate.ParseAsync();
        Assert.Contains("goal's target date", Assert.Single(page.FieldErrors("Input.Date")), StringComparison.Ordinal);
        Assert.Equal("First step", page.InputValue("Input.Title"));

        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Milestones/{ids[0]}/Edit", new Dictionary<string, string> { ["Input.Date"] = Date(Today.AddDays(40)) })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Milestones/{ids[1]}/Edit", new Dictionary<string, string> { ["Input.Date"] = Date(Today.AddDays(20)) })) { }
        var goal = await client.GetPageAsync($"/Plans/{planId}/Goals/{goalId}");
        Assert.NotNull(goal.Document.QuerySelector("[data-testid=out-of-order]"));
        Assert.Contains("Dated before the milestone above it", goal.Document.QuerySelectorAll("[data-testid=milestones] > li")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finishing_learning_raises_a_linked_skill_and_an_achievement_for_a_goal_both_show_on_the_hub()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var goalId = await client.CreateGoalAsync(planId, Today);
        using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "SQL", ["Input.Rating"] = "2" })) { }
        var skillId = await factory.WithDbAsync(db => db.Skills.Where(s => s.Name == "SQL").OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync());
        string Id(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using (await client.SubmitAsync("/Learning/Create", new Dictionary<string, string>
        {
            ["Input.Title"] = "SQL for analysts", ["Input.Status"] = "InProgress", ["Input.SkillIds"] = Id(skillId),
        })) { }
        var learningId = await factory.WithDbAsync(db => db.LearningItems.Where(i => i.Title == "SQL for analysts").OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync());
        var hubBefore = await client.GetPageAsync($"/Plans/{planId}/Wizard/action");
        Assert.Contains("SQL for analysts · in progress", hubBefore.Text("[data-testid=learning-now]"), StringComparison.Ordinal);

        using var finished = await client.SubmitAsync($"/Learning/{learningId}/Edit", new Dictionary<string, string> { ["Input.Status"] = "Finished", ["Input.Learned"] = "Window functions" });
        Assert.Equal($"/Learning/{learningId}/RaiseSkills", finished.Headers.Location!.OriginalString);
        using (await client.SubmitAsync($"/Learning/{learningId}/RaiseSkills", new Dictionary<string, string> { [$"Ratings[{skillId}]"] = "3" })) { }
        using (await client.SubmitAsync($"/Achievements/Create?goalId={goalId}", new Dictionary<string, string>
        {
            ["Input.What"] = "Built the churn dashboard", ["Input.Impact"] = "Sales use it weekly",
        })) { }

        Assert.Equal(3, await factory.WithDbAsync(db => db.Skills.Where(s => s.Id == skillId).Select(s => s.Rating).SingleAsync()));
        var hub = await client.GetPageAsync($"/Plans/{planId}/Wizard/action");
        Assert.Contains("SQL for analysts · finished", hub.Text("[data-testid=learning-now]"), StringComparison.Ordinal);
        Assert.Contains("Built the churn dashboard", hub.Text("[data-testid=achievements]"), StringComparison.Ordinal);
        Assert.Contains("for Pass the AWS data exam", hub.Text("[data-testid=achievements]"), StringComparison.Ordinal);
        Assert.Equal("Finished", (await client.GetPageAsync("/Learning")).Text("[data-testid=learning-status]"));
    }

    [Fact]
    public async Task The_action_stage_is_done_with_one_action_and_quick_add_from_a_goal_prefills_it()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var goalId = await client.CreateGoalAsync(planId, Today);
        var goal = await client.GetPageAsync($"/Plans/{planId}/Goals/{goalId}");
        var quickAdd = goal.Document.QuerySelectorAll("a").First(a => a.TextContent == "Add an action for this goal").GetAttribute("href")!;

        var form = await client.GetPageAsync(quickAdd);
        Assert.Equal(goalId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            form.Document.QuerySelector("select[name='Input.GoalId'] option[selected]")?.GetAttribute("value"));
        using (await client.SubmitAsync(form, form.Form(), new Dictionary<string, string> { ["Input.Title"] = "Book the exam" })) { }

        var hub = await client.GetPageAsync($"/Plans/{planId}/Wizard/action");
        Assert.Equal("true", hub.Document.QuerySelector("[data-testid=checklist] li")!.GetAttribute("data-met"));
        Assert.Contains("Book the exam", hub.Text("[data-testid=later]"), StringComparison.Ordinal); // due in a week by default
        Assert.Contains("for “Pass the AWS data exam”", hub.Text("[data-testid=later]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_action_hub_issues_at_most_six_sql_commands_for_one_goal_and_action_and_as_many_for_500_plus_300_more_actions()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var small = await factory.PlanWithAsync(client, 1);
        var large = await factory.PlanWithAsync(client, 500);
        await factory.WithDbAsync(async db =>
        {
            db.ActionItems.AddRange(Enumerable.Range(0, 300).Select(n => new ActionItem(large) { Title = $"Step {n}", DueDate = Today.AddDays(n % 20 - 10) }));
            await db.SaveChangesAsync();
        });
        await client.GetPageAsync($"/Plans/{small}/Wizard/action");

        var forOne = await factory.SqlCommands.CountAsync(() => client.GetPageAsync($"/Plans/{small}/Wizard/action"));
        var forFiveHundred = await factory.SqlCommands.CountAsync(() => client.GetPageAsync($"/Plans/{large}/Wizard/action"));

        Assert.InRange(forOne, 1, 6);
        Assert.Equal(forOne, forFiveHundred);
    }

    [Fact]
    public async Task Deleting_the_plan_removes_its_actions_and_milestones()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var goalId = await client.CreateGoalAsync(planId, Today);
        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Milestones/Plan", new Dictionary<string, string> { ["Input.Title"] = "Step" })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Actions/Create", new Dictionary<string, string> { ["Input.Title"] = "Do it" })) { }

        using (await client.SubmitAsync($"/Plans/{planId}/Delete", new Dictionary<string, string>())) { }

        Assert.False(await factory.WithDbAsync(db => db.ActionItems.AnyAsync(a => a.PlanId == planId)));
        Assert.False(await factory.WithDbAsync(db => db.Milestones.AnyAsync(m => m.GoalId == goalId)));
    }
}
