using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Plans.Goals;

public class GoalsTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_goal_with_every_letter_is_created_through_the_form_and_shown_with_its_parts()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        using (await client.SubmitAsync("/SelfAssessment/Items/Create/Value", new Dictionary<string, string> { ["Input.Text"] = "Mastery" })) { }
        var form = await client.GetPageAsync($"/Plans/{planId}/Goals/Create");
        var valueId = form.Document.QuerySelector("input[name='Input.ItemIds']")!.GetAttribute("value")!;
        var legends = form.Document.QuerySelectorAll("main fieldset legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["S — Specific", "M — Measurable", "A — Achievable", "R — Relevant", "T — Time-bound"], legends);

        using var created = await client.SubmitAsync(form, form.Form(), PlanSteps.SmartGoal(Today, new Dictionary<string, string> { ["Input.ItemIds"] = valueId }));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var goal = await client.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Equal("Pass the AWS data exam", goal.Text("h1"));
        var parts = goal.Text("main dl");
        Assert.Contains("practice exams passed: from 0 to 3 exams", parts, StringComparison.Ordinal);
        Assert.Contains("employer pays the exam fee", parts, StringComparison.Ordinal);
        Assert.Contains("Mastery", parts, StringComparison.Ordinal);
        Assert.Equal("0%", goal.Text("[data-testid=goal-progress]"));
        var hub = await client.GetPageAsync($"/Plans/{planId}/Wizard/planning");
        Assert.Equal("true", hub.Document.QuerySelectorAll("[data-testid=checklist] li")[1].GetAttribute("data-met"));
        Assert.Contains("Pass the AWS data exam", hub.Text("[data-testid=horizon-1]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_without_a_measure_and_with_a_past_date_is_refused_beside_those_fields_with_everything_kept()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();

        using var response = await client.SubmitAsync($"/Plans/{planId}/Goals/Create", PlanSteps.SmartGoal(Today, new Dictionary<string, string>
        {
            ["Input.MetricWhat"] = "",
            ["Input.Baseline"] = "",
            ["Input.TargetDate"] = Date(Today.AddDays(-1)),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("Say how you will measure this", Assert.Single(page.FieldErrors("Input.MetricWhat")), StringComparison.Ordinal);
        Assert.NotEmpty(page.FieldErrors("Input.Baseline"));
        Assert.Contains("after today", Assert.Single(page.FieldErrors("Input.TargetDate")), StringComparison.Ordinal);
        Assert.Equal("Pass the AWS data exam", page.InputValue("Input.Title"));
        Assert.Equal("3", page.InputValue("Input.Target"));
        Assert.Equal(Date(Today.AddDays(-1)), page.InputValue("Input.TargetDate"));
        Assert.Contains("employer pays", page.Document.QuerySelector("textarea[name='Input.Achievable']")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Goals.AnyAsync(g => g.PlanId == planId)));
    }

    [Theory]
    [InlineData("Input.Title", "get better", "Input.Title")]
    [InlineData("Input.Target", "0", "Input.Target")]
    [InlineData("Input.Achievable", "", "Input.Achievable")]
    [InlineData("Input.RelevanceReason", "", "Input.RelevanceReason")]
    public async Task Each_letter_that_is_missing_is_refused_beside_its_own_field(string field, string value, string errorField)
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();

        using var response = await client.SubmitAsync($"/Plans/{planId}/Goals/Create", PlanSteps.SmartGoal(Today, new Dictionary<string, string> { [field] = value }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.ParseAsync()).FieldErrors(errorField));
    }

    [Fact]
    public async Task A_date_beyond_the_horizon_is_refused_and_a_date_inside_a_shorter_one_is_saved_with_a_suggestion()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();

        using var tooFar = await client.SubmitAsync($"/Plans/{planId}/Goals/Create",
            PlanSteps.SmartGoal(Today, new Dictionary<string, string> { ["Input.TargetDate"] = Date(Today.AddYears(1).AddDays(1)) }));
        var goalId = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string> { ["Input.Horizon"] = "FiveYears" });

        Assert.Contains("must be due by", Assert.Single((await tooFar.ParseAsync()).FieldErrors("Input.TargetDate")), StringComparison.Ordinal);
        var goal = await client.GetPageAsync($"/Plans/{planId}/Goals/{goalId}");
        Assert.Contains("consider the 1 year horizon", goal.Text("[data-testid=status-message]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_goal_is_not_asked_its_status_and_starts_not_started_while_editing_asks_it()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();

        var create = await client.GetPageAsync($"/Plans/{planId}/Goals/Create");
        var goalId = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string> { ["Input.Status"] = "Achieved", ["Input.AchievedOn"] = Date(Today) });
        var edit = await client.GetPageAsync($"/Plans/{planId}/Goals/{goalId}/Edit");

        foreach (var field in new[] { "Input.Status", "Input.AchievedOn", "Input.DropReason" })
        {
            Assert.Null(create.Document.QuerySelector($"[name='{field}']"));
            Assert.NotNull(edit.Document.QuerySelector($"[name='{field}']"));
        }
        Assert.Equal(GoalStatus.NotStarted, await factory.WithDbAsync(db => db.Goals.Where(g => g.Id == goalId).Select(g => g.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_history_names_the_goal_a_goal_serves_by_its_title()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var fiveYear = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string>
        {
            ["Input.Title"] = "Lead a data team", ["Input.Horizon"] = "FiveYears", ["Input.TargetDate"] = Date(Today.AddYears(4)),
        });
        var child = await client.CreateGoalAsync(planId, Today);

        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{child}/Edit", new Dictionary<string, string>
        {
            ["Input.ParentGoalId"] = fiveYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })) { }

        var history = (await client.GetPageAsync($"/Plans/{planId}/Goals/{child}")).Text("[data-testid=history]");
        Assert.Contains("“Lead a data team”", history, StringComparison.Ordinal);
        Assert.DoesNotContain($"“{fiveYear}”", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_can_serve_only_a_goal_with_the_same_or_a_longer_horizon_and_the_list_shows_the_tree()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var fiveYear = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string>
        {
            ["Input.Title"] = "Lead a data team", ["Input.Horizon"] = "FiveYears", ["Input.TargetDate"] = Date(Today.AddYears(4)),
        });
        var child = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string> { ["Input.ParentGoalId"] = fiveYear.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        using var refused = await client.SubmitAsync($"/Plans/{planId}/Goals/Create", PlanSteps.SmartGoal(Today, new Dictionary<string, string>
        {
            ["Input.Title"] = "Run the department", ["Input.Horizon"] = "TenYears", ["Input.TargetDate"] = Date(Today.AddYears(8)),
            ["Input.ParentGoalId"] = child.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Contains("same or a longer horizon", Assert.Single((await refused.ParseAsync()).FieldErrors("Input.ParentGoalId")), StringComparison.Ordinal);
        var list = await client.GetPageAsync($"/Plans/{planId}/Goals");
        var nested = list.Document.QuerySelector("[data-testid=horizon-5] [data-testid=goal] [data-testid=goal] a");
        Assert.Equal("Pass the AWS data exam", nested?.TextContent);
        Assert.Null(list.Document.QuerySelector("[data-testid=horizon-1]"));
    }

    [Fact]
    public async Task Readings_give_progress_and_a_falling_target_counts_down()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var goalId = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string>
        {
            ["Input.Title"] = "Cut my overtime hours", ["Input.MetricWhat"] = "overtime hours a week", ["Input.Baseline"] = "15", ["Input.Target"] = "5",
        });

        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Date"] = Date(Today.AddDays(-7)), ["Input.Value"] = "12" })) { }
        using var second = await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Value"] = "10", ["Input.Note"] = "Said no twice" });
        using var future = await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Date"] = Date(Today.AddDays(3)), ["Input.Value"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.NotEmpty((await future.ParseAsync()).FieldErrors("Input.Date"));
        var goal = await client.GetPageAsync($"/Plans/{planId}/Goals/{goalId}");
        Assert.Equal("50%", goal.Text("[data-testid=goal-progress]"));
        Assert.Equal("50", goal.Document.QuerySelector("[role=progressbar]")!.GetAttribute("aria-valuenow"));
        var readings = goal.Document.QuerySelectorAll("[data-testid=readings] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, readings.Count);
        Assert.Contains("Said no twice", readings[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_date_and_status_with_a_reason_is_recorded_and_a_removed_goal_keeps_its_history()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var goalId = await client.CreateGoalAsync(planId, Today);
        var newDate = Today.AddMonths(9);

        using var edited = await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Edit", new Dictionary<string, string>
        {
            ["Input.TargetDate"] = Date(newDate), ["Input.Status"] = "AtRisk", ["Input.ChangeReason"] = "The course moved",
        });

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var history = (await client.GetPageAsync($"/Plans/{planId}/Goals/{goalId}")).Document.QuerySelectorAll("[data-testid=history] li")
            .Select(li => li.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains(history, h => h.Contains("Target date", StringComparison.Ordinal) && h.Contains($"to “{newDate:d MMM yyyy}”", StringComparison.Ordinal) && h.Contains("The course moved", StringComparison.Ordinal));
        Assert.Contains(history, h => h.Contains("Status", StringComparison.Ordinal) && h.Contains("from “Not started” to “At risk”", StringComparison.Ordinal));

        var confirm = await client.GetPageAsync($"/Plans/{planId}/Goals/{goalId}/Delete");
        using var withoutReason = await client.SubmitAsync(confirm, confirm.Form());
        Assert.NotEmpty((await withoutReason.ParseAsync()).FieldErrors("Input.Reason"));
        using var removed = await client.SubmitAsync(confirm, confirm.Form(), new Dictionary<string, string> { ["Input.Reason"] = "Replaced by a bigger goal" });

        Assert.Equal($"/Plans/{planId}/Goals", removed.Headers.Location!.OriginalString);
        var list = await client.GetPageAsync($"/Plans/{planId}/Goals");
        Assert.Contains("Pass the AWS data exam", list.Text("[data-testid=removed-goals]"), StringComparison.Ordinal);
        Assert.Contains("Replaced by a bigger goal", list.Text("[data-testid=removed-goals]"), StringComparison.Ordinal);
        Assert.Equal(3, await factory.WithDbAsync(db => db.GoalChanges.CountAsync(c => c.GoalId == goalId)));
    }

    [Fact]
    public async Task Two_tabs_saving_the_same_goal_never_overwrite_silently()
    {
        var (first, email) = await factory.RegisterNewUserAsync();
        var planId = await first.CreatePlanAsync();
        var goalId = await first.CreateGoalAsync(planId, Today);
        var second = factory.CreateBrowserLikeClient();
        using (await second.SignInAsync(email)) { }
        var firstForm = await first.GetPageAsync($"/Plans/{planId}/Goals/{goalId}/Edit");
        var secondForm = await second.GetPageAsync($"/Plans/{planId}/Goals/{goalId}/Edit");

        using var saved = await first.SubmitAsync(firstForm, firstForm.Form(), new Dictionary<string, string> { ["Input.Title"] = "Pass the exam from tab one" });
        using var conflict = await second.SubmitAsync(secondForm, secondForm.Form(), new Dictionary<string, string> { ["Input.Title"] = "Pass the exam from tab two" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ParseAsync();
        Assert.Equal("Pass the exam from tab two", page.InputValue("Input.Title"));
        Assert.Equal("Pass the exam from tab one", page.Text("[data-testid=saved-title]"));
        Assert.Equal("Pass the exam from tab one", await factory.WithDbAsync(db => db.Goals.Where(g => g.Id == goalId).Select(g => g.Title).SingleAsync()));

        using var keepMine = await second.SubmitAsync(page, page.Form());

        Assert.Equal(HttpStatusCode.Redirect, keepMine.StatusCode);
        Assert.Equal("Pass the exam from tab two", await factory.WithDbAsync(db => db.Goals.Where(g => g.Id == goalId).Select(g => g.Title).SingleAsync()));
    }

    [Fact]
    public async Task Achieved_and_dropped_goals_stay_visible_in_the_closed_group()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var achieved = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string> { ["Input.Title"] = "Finish the SQL course" });
        var dropped = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string> { ["Input.Title"] = "Learn the Scala language" });

        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{achieved}/Edit", new Dictionary<string, string> { ["Input.Status"] = "Achieved", ["Input.AchievedOn"] = Date(Today) })) { }
        using var noReason = await client.SubmitAsync($"/Plans/{planId}/Goals/{dropped}/Edit", new Dictionary<string, string> { ["Input.Status"] = "Dropped" });
        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{dropped}/Edit", new Dictionary<string, string> { ["Input.Status"] = "Dropped", ["Input.DropReason"] = "Python is enough" })) { }

        Assert.NotEmpty((await noReason.ParseAsync()).FieldErrors("Input.DropReason"));
        var list = await client.GetPageAsync($"/Plans/{planId}/Goals");
        var closed = list.Text("[data-testid=closed-goals]");
        Assert.Contains("Finish the SQL course", closed, StringComparison.Ordinal);
        Assert.Contains("Learn the Scala language", closed, StringComparison.Ordinal);
        Assert.Null(list.Document.QuerySelector("[data-testid=horizon-1]"));
    }

    [Fact]
    public async Task Deleting_the_plan_removes_its_goals_readings_and_history()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var goalId = await client.CreateGoalAsync(planId, Today);
        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Value"] = "1" })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Edit", new Dictionary<string, string> { ["Input.Status"] = "OnTrack" })) { }

        using (await client.SubmitAsync($"/Plans/{planId}/Delete", new Dictionary<string, string>())) { }

        await factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Goals.AnyAsync(g => g.PlanId == planId));
            Assert.False(await db.ProgressReadings.AnyAsync(r => r.GoalId == goalId));
            Assert.False(await db.GoalChanges.AnyAsync(c => c.PlanId == planId));
        });
    }
}
