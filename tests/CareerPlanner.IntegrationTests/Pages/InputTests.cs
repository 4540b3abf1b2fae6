using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>What people type that the framework would answer in its own words, or not at all: our words, and nothing lost.</summary>
public class InputTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    [Theory]
    [InlineData("1e999")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("NaN")]
    [InlineData("2e12")]
    public async Task A_number_that_is_not_finite_or_out_of_range_is_refused_beside_the_field_and_nothing_is_saved(string value)
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();

        using var goal = await client.SubmitAsync($"/Plans/{planId}/Goals/Create", PlanSteps.SmartGoal(Today, new Dictionary<string, string> { ["Input.Target"] = value }));
        var goalId = await client.CreateGoalAsync(planId, Today);
        using var reading = await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Value"] = value });

        Assert.Equal(HttpStatusCode.OK, goal.StatusCode);
        Assert.Equal(["Enter a number between −1,000,000,000,000 and 1,000,000,000,000."], (await goal.ParseAsync()).FieldErrors("Input.Target"));
        Assert.Equal(HttpStatusCode.OK, reading.StatusCode);
        Assert.Equal(["Enter a number between −1,000,000,000,000 and 1,000,000,000,000."], (await reading.ParseAsync()).FieldErrors("Input.Value"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Goals.CountAsync(g => g.PlanId == planId)));
        Assert.False(await factory.WithDbAsync(db => db.ProgressReadings.AnyAsync(r => r.GoalId == goalId)));
    }

    [Fact]
    public async Task A_nul_character_in_a_field_is_dropped_and_the_rest_of_what_was_typed_is_saved()
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        using var created = await client.SubmitAsync("/Plans/Create", new Dictionary<string, string> { ["Input.Title"] = "Move into\0 product" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Plans.AnyAsync(p => p.Title == "Move into product")));
    }

    [Fact]
    public async Task A_non_ascii_return_address_is_followed_after_signing_in()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var client = factory.CreateBrowserLikeClient();

        using var signedIn = await client.SubmitAsync("/Identity/Account/Login?returnUrl=%2Fcaf%C3%A9", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Accounts.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/caf%C3%A9", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_value_that_cannot_be_read_is_answered_in_our_words_by_the_kind_of_field()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();

        using var achievement = await client.SubmitAsync("/Achievements/Create", new Dictionary<string, string> { ["Input.Date"] = "22026-03-10", ["Input.What"] = "Led the launch" });
        using var goal = await client.SubmitAsync($"/Plans/{planId}/Goals/Create", PlanSteps.SmartGoal(Today, new Dictionary<string, string>
        {
            ["Input.Baseline"] = "abc", ["Input.Horizon"] = "Forever", ["Input.ParentGoalId"] = "first",
        }));

        var achievementPage = await achievement.ParseAsync();
        Assert.Equal(["Enter a real date, e.g. 14 March 2026."], achievementPage.FieldErrors("Input.Date"));
        Assert.Equal("Led the launch", achievementPage.Document.QuerySelector("[name='Input.What']")!.TextContent.Trim() is { Length: > 0 } text ? text : achievementPage.InputValue("Input.What"));
        var goalPage = await goal.ParseAsync();
        Assert.Equal(["Enter a number, e.g. 12.5."], goalPage.FieldErrors("Input.Baseline"));
        Assert.Equal(["Choose one of the options."], goalPage.FieldErrors("Input.Horizon"));
        Assert.Equal(["Enter a whole number, e.g. 12."], goalPage.FieldErrors("Input.ParentGoalId").Take(1));
        Assert.DoesNotContain("is not valid for", achievementPage.Text("main") + goalPage.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_naming_a_handler_the_page_does_not_have_runs_nothing_and_is_a_404()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        using (await client.SubmitAsync("/Achievements/Create", new Dictionary<string, string> { ["Input.What"] = "Kept safe" })) { }
        var id = await factory.WithDbAsync(db => db.Achievements.Where(a => a.What == "Kept safe").Select(a => a.Id).SingleAsync());
        var confirm = await client.GetPageAsync($"/Achievements/{id}/Delete");
        var form = confirm.Form();
        form.Action = $"/Achievements/{id}/Delete?handler=Anything";

        using var response = await client.SubmitAsync(confirm, form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Achievements.AnyAsync(a => a.Id == id)));
    }
}

/// <summary>What older SQLite files may hold: the checks came after the data, so a migration mends it (PostgreSQL's
/// migrations start with the checks in place).</summary>
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public class SqliteInputTests(SqliteCareerPlannerFactory factory) : IClassFixture<SqliteCareerPlannerFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task A_measure_stored_as_infinity_before_the_checks_is_brought_into_range_by_the_migration_and_the_data_can_be_downloaded()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var goalId = await client.CreateGoalAsync(planId, Today);
        using (await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Value"] = "2" })) { }
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE Goals SET Target = 9e999, Baseline = -9e999 WHERE Id = {goalId}; UPDATE ProgressReadings SET Value = 9e999 WHERE GoalId = {goalId}"));
        using var before = await client.SubmitAsync("/Identity/Account/Manage/PersonalData", formSelector: "#download-data");
        Assert.Equal(HttpStatusCode.InternalServerError, before.StatusCode);

        await factory.WithDbAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            await migrator.MigrateAsync(migrations[migrations.IndexOf(migrations.Single(m => m.EndsWith("_FiniteMeasures", StringComparison.Ordinal))) - 1]);
            await migrator.MigrateAsync();
        });

        var goal = await factory.WithDbAsync(db => db.Goals.Where(g => g.Id == goalId).Select(g => new { g.Baseline, g.Target }).SingleAsync());
        Assert.Equal(1e12, goal.Target);
        Assert.Equal(-1e12, goal.Baseline);
        Assert.Equal(1e12, await factory.WithDbAsync(db => db.ProgressReadings.Where(r => r.GoalId == goalId).Select(r => r.Value).SingleAsync()));
        using var after = await client.SubmitAsync("/Identity/Account/Manage/PersonalData", formSelector: "#download-data");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
