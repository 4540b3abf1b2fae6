using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Dashboard;

/// <summary>The dashboard of what is due, for a prepared person, and its cost in SQL commands.</summary>
public class WhatIsDueTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task The_dashboard_shows_the_due_check_in_this_weeks_and_overdue_actions_the_next_milestones_goals_at_risk_and_a_recent_win()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Into data engineering");
        var goalId = await client.CreateGoalAsync(planId, Today);
        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Edit", new Dictionary<string, string> { ["Input.Status"] = "AtRisk" })) { }
        factory.Clock.Advance(TimeSpan.FromDays(8)); // a week has passed without a check-in
        await factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var week = ActionWeeks.WeekStart(Today, DayOfWeek.Monday);
            db.ActionItems.AddRange(
                new ActionItem(planId) { Title = "Email the meetup organiser", DueDate = Today.AddDays(-10) },
                new ActionItem(planId) { Title = "Finish module 3", DueDate = week.AddDays(6) },
                new ActionItem(planId) { Title = "Book the exam", DueDate = week.AddDays(20) },
                new ActionItem(planId) { Title = "Already done", DueDate = Today, Status = ActionStatus.Done, DoneOn = Today });
            db.Milestones.AddRange(
                new Milestone(goalId, "Passed three practice exams", 2) { Date = Today.AddDays(12) },
                new Milestone(goalId, "Finished the course", 1) { Date = Today.AddDays(45) });
            db.Achievements.Add(new Achievement(userId, Today.AddDays(-3), "Gave my first meetup talk", null));
            await db.SaveChangesAsync();
        });

        var page = await client.GetPageAsync("/Dashboard");

        Assert.Contains("Start the weekly check-in", page.Text("[data-testid=due-reviews]"), StringComparison.Ordinal);
        var actions = page.Document.QuerySelectorAll("[data-testid=due-actions] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, actions.Count);
        Assert.StartsWith("Email the meetup organiser", actions[0], StringComparison.Ordinal);
        Assert.Contains("overdue since", actions[0], StringComparison.Ordinal);
        Assert.StartsWith("Finish module 3", actions[1], StringComparison.Ordinal);
        Assert.StartsWith("Passed three practice exams", page.Text("[data-testid=due-milestones] li"), StringComparison.Ordinal);
        Assert.Single(page.Document.QuerySelectorAll("[data-testid=due-milestones] li"));
        Assert.StartsWith("Pass the AWS data exam", page.Text("[data-testid=goals-at-risk] li"), StringComparison.Ordinal);
        Assert.Contains("Gave my first meetup talk", page.Text("[data-testid=recent-win]"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("[data-testid=dashboard-empty]"));
    }

    [Fact]
    public async Task Each_review_the_dashboard_says_is_due_opens_its_form_from_the_link_beside_it_for_its_period()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Reviews due");
        factory.Clock.Advance(TimeSpan.FromDays(120)); // a quarter has ended since, and weeks without a check-in

        var page = await client.GetPageAsync("/Dashboard");
        var links = page.Document.QuerySelectorAll("[data-testid=due-reviews] a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains($"/Plans/{planId}/Reviews/New/weekly", links);
        var quarterly = Assert.Single(links, l => l.StartsWith($"/Plans/{planId}/Reviews/New/quarterly?period=", StringComparison.Ordinal));
        foreach (var link in links)
        {
            var form = await client.GetPageAsync(link);
            Assert.NotNull(form.Document.QuerySelector("form [name='Input.Satisfaction']"));
        }
        var period = DateOnly.ParseExact(quarterly[(quarterly.IndexOf('=') + 1)..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, period.Day);
        Assert.Contains(period.Month, new[] { 1, 4, 7, 10 });
    }

    [Fact]
    public async Task A_plan_set_to_monthly_check_ins_is_not_due_after_a_week_but_is_after_a_month()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Monthly plan");
        var hub = await client.GetPageAsync($"/Plans/{planId}/Wizard/evaluation");
        using (var saved = await client.SubmitAsync(hub, hub.Form("form[action$='/Cadence']"), new Dictionary<string, string> { ["Input.Cadence"] = "Monthly" }))
        {
            Assert.Equal($"/Plans/{planId}/Wizard/evaluation#cadence-title", saved.Headers.Location!.OriginalString);
        }
        string? DueOf(HtmlPage page) => page.Document.QuerySelectorAll("[data-testid=plan-card]")
            .Single(card => card.TextContent.Contains("Monthly plan", StringComparison.Ordinal)).QuerySelector("[data-testid=due-reviews]")?.TextContent;

        factory.Clock.Advance(TimeSpan.FromDays(8));
        var afterAWeek = DueOf(await client.GetPageAsync("/Dashboard"));
        factory.Clock.Advance(TimeSpan.FromDays(25));
        client = factory.CreateBrowserLikeClient();
        using (await client.SignInAsync(email)) { }
        var afterAMonth = DueOf(await client.GetPageAsync("/Dashboard"));

        Assert.True(afterAWeek is null || !afterAWeek.Contains("check-in", StringComparison.Ordinal), afterAWeek);
        Assert.Contains("Start the monthly check-in", afterAMonth, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_person_is_led_to_create_their_first_plan()
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        var page = await client.GetPageAsync("/Dashboard");

        Assert.NotNull(page.Document.QuerySelector("[data-testid=dashboard-empty] a[href='/Plans/Create']"));
    }

    [Fact]
    public async Task The_dashboard_issues_as_many_sql_commands_for_five_plans_of_100_goals_as_for_one_plan_of_10()
    {
        var (small, smallEmail) = await factory.RegisterNewUserAsync();
        var (large, largeEmail) = await factory.RegisterNewUserAsync();
        await SeedAsync(small, smallEmail, plans: 1, goals: 10);
        await SeedAsync(large, largeEmail, plans: 5, goals: 100);
        // Warm up, both people: what a person's calendar is, is read once and then known for a while.
        await small.GetPageAsync("/Dashboard");
        await large.GetPageAsync("/Dashboard");

        var forSmall = await factory.SqlCommands.CountAsync(() => small.GetPageAsync("/Dashboard"));
        var forLarge = await factory.SqlCommands.CountAsync(() => large.GetPageAsync("/Dashboard"));

        Assert.Equal(forSmall, forLarge);
        var page = await large.GetPageAsync("/Dashboard");
        Assert.Equal(5, page.Document.QuerySelectorAll("[data-testid=plan-card]").Length);
        // Each card shows the first eight of each list and links to the rest.
        foreach (var card in page.Document.QuerySelectorAll("[data-testid=plan-card]"))
        {
            var planId = card.QuerySelector("h2 a")!.GetAttribute("href")!["/Plans/".Length..];
            Assert.Equal(8, card.QuerySelectorAll("[data-testid=goals-at-risk] li").Length);
            Assert.Equal("92 more at risk, marked in the goals list.", card.QuerySelector("[data-testid=more-goals-at-risk]")!.TextContent);
            Assert.Equal(8, card.QuerySelectorAll("[data-testid=due-actions] li").Length);
            var actions = card.QuerySelector("[data-testid=more-due-actions] a")!;
            Assert.Equal(("All 100 actions due by the end of the week", $"/Plans/{planId}/Actions#this-week"), (actions.TextContent, actions.GetAttribute("href")));
            Assert.Equal(8, card.QuerySelectorAll("[data-testid=due-milestones] li").Length);
            var milestones = card.QuerySelector("[data-testid=more-due-milestones] a")!;
            Assert.Equal(("All 100 milestones of the next 30 days", $"/Plans/{planId}/Wizard/action#milestones-soon-title"), (milestones.TextContent, milestones.GetAttribute("href")));
        }
    }

    /// <summary>Plans and goals (all at risk, each with a milestone soon and an action this week) written straight to the database.</summary>
    private async Task SeedAsync(HttpClient client, string email, int plans, int goals)
    {
        var planIds = new List<int>();
        for (var p = 0; p < plans; p++)
        {
            planIds.Add(await client.CreatePlanAsync($"Plan {p}"));
        }
        await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            foreach (var planId in planIds)
            {
                var created = Enumerable.Range(0, goals).Select(n => new Goal(planId, Today, now)
                {
                    Title = $"Goal {n}", Description = "Done", MetricType = MetricType.Number, MetricWhat = "things", Baseline = 0, Target = 10,
                    Achievable = "Evenings", RelevanceReason = "Because it matters", Horizon = GoalHorizon.OneYear, TargetDate = Today.AddMonths(3),
                }).ToList();
                created.ForEach(g => g.ChangeStatus(GoalStatus.AtRisk, achievedOn: null, dropReason: null));
                db.Goals.AddRange(created);
                await db.SaveChangesAsync();
                db.Milestones.AddRange(created.Select(g => new Milestone(g.Id, "Soon", 1) { Date = Today.AddDays(5) }));
                db.ActionItems.AddRange(created.Select(g => new ActionItem(planId) { Title = "This week", DueDate = Today, GoalId = g.Id }));
                db.Reviews.Add(new Review(planId, ReviewKind.Weekly, ReviewPeriods.Covering(ReviewKind.Weekly, Today, DayOfWeek.Monday), now) { HeldOn = Today, Satisfaction = 5 });
            }
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.Achievements.Add(new Achievement(userId, Today, "A win", null));
            await db.SaveChangesAsync();
        });
    }
}
