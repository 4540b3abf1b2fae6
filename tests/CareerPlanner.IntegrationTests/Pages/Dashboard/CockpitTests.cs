using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Dashboard;

/// <summary>The dashboard as the cockpit: a plan's goals with progress (at risk first), its next milestone, the next 1:1 and learning in progress.</summary>
public class CockpitTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task A_plan_card_lists_its_goals_at_risk_first_with_progress_and_the_person_sees_their_next_1_1_and_learning()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Cockpit plan");
        var soon = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string> { ["Input.Title"] = "Ship the portfolio", ["Input.TargetDate"] = Today.AddMonths(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        var later = await client.CreateGoalAsync(planId, Today, new Dictionary<string, string> { ["Input.Title"] = "Pass the exam", ["Input.TargetDate"] = Today.AddMonths(9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        await factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            (await db.Goals.SingleAsync(g => g.Id == later)).ChangeStatus(GoalStatus.AtRisk, null, null);
            db.ProgressReadings.Add(new ProgressReading(soon, Today, 2, null, factory.Clock.GetUtcNow().UtcDateTime));
            db.Milestones.Add(new Milestone(soon, "Three case studies written", 1) { Date = Today.AddDays(40) });
            var meeting = new OneOnOne(userId, Today.AddDays(3), "My manager");
            meeting.TalkingPoints.Add(new TalkingPoint(TalkingPointKind.Goals, "Promotion criteria"));
            meeting.TalkingPoints.Add(new TalkingPoint(TalkingPointKind.Goals, "Conference budget"));
            db.OneOnOnes.Add(meeting);
            db.LearningItems.Add(new LearningItem(userId) { Title = "Spark in depth", Status = LearningStatus.InProgress });
            await db.SaveChangesAsync();
        });

        var page = await client.GetPageAsync("/Dashboard");
        var goals = page.Document.QuerySelectorAll("[data-testid=card-goal]").Select(li => li.QuerySelector("a")!.TextContent).ToList();
        Assert.Equal(["Pass the exam", "Ship the portfolio"], goals); // at risk first, although due later
        var shipped = page.Document.QuerySelectorAll("[data-testid=card-goal]").Single(li => li.TextContent.Contains("Ship the portfolio", StringComparison.Ordinal));
        Assert.Contains("67%", shipped.TextContent, StringComparison.Ordinal); // 2 of 3 exams
        Assert.Equal("67", shipped.QuerySelector("[role=progressbar]")!.GetAttribute("aria-valuenow"));
        Assert.Contains("Three case studies written", page.Text("[data-testid=next-milestone]"), StringComparison.Ordinal);
        Assert.Contains("My manager", page.Text("[data-testid=next-one-on-one]"), StringComparison.Ordinal);
        Assert.Contains("2 open talking points", page.Text("[data-testid=next-one-on-one]"), StringComparison.Ordinal);
        Assert.Contains("Spark in depth", page.Text("[data-testid=learning-in-progress]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_due_check_in_is_recorded_in_one_click_from_the_dashboard()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Quick check-in plan");
        factory.Clock.Advance(TimeSpan.FromDays(8)); // a week after the plan began, its weekly check-in is due

        var page = await client.GetPageAsync("/Dashboard");
        var form = page.Form($"form[data-testid=quick-check-in][action*='planId={planId}']");
        using var saved = await client.SubmitAsync(page, form, new Dictionary<string, string> { ["Satisfaction"] = "6" });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.GetPageAsync("/Dashboard");
        Assert.Contains("satisfaction 6 of 10", after.Text("[data-testid=status-message]"), StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector($"form[data-testid=quick-check-in][action*='planId={planId}']"));
        Assert.Equal([6], await factory.WithDbAsync(db => db.Reviews.Where(r => r.PlanId == planId).Select(r => r.Satisfaction).ToListAsync()));
    }

    [Fact]
    public async Task A_one_click_check_in_for_someone_elses_plan_is_a_404_and_records_nothing()
    {
        var (owner, _) = await factory.RegisterNewUserAsync();
        var planId = await owner.CreatePlanAsync("Owner's plan");
        var (stranger, _) = await factory.RegisterNewUserAsync();
        await stranger.CreatePlanAsync("Stranger's plan");
        factory.Clock.Advance(TimeSpan.FromDays(8));

        var page = await stranger.GetPageAsync("/Dashboard");
        var form = page.Form("form[data-testid=quick-check-in]");
        form.Action = $"/Dashboard?handler=CheckIn&planId={planId}&kind=weekly";
        using var response = await stranger.SubmitAsync(page, form, new Dictionary<string, string> { ["Satisfaction"] = "6" });

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await factory.WithDbAsync(db => db.Reviews.Where(r => r.PlanId == planId).ToListAsync()));
    }
}
