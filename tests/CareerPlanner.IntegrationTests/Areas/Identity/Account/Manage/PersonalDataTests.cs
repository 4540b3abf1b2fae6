using System.Net;
using System.Text.Json;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account.Manage;

public class PersonalDataTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task The_download_holds_every_table_a_user_owns_with_their_rows_and_no_password_hash()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var page = await client.GetPageAsync("/Identity/Account/Manage/PersonalData");

        using var response = await client.SubmitAsync(page, page.Form("#download-data"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.DispositionType ?? "", StringComparison.Ordinal);
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        var tables = document.RootElement.GetProperty("tables");
        var ownedTables = await factory.WithDbAsync(db => Task.FromResult(
            UserOwnership.OwnedEntityTypes(db.Model).Select(t => t.GetTableName()!).ToList()));
        Assert.All(ownedTables, table => Assert.True(tables.TryGetProperty(table, out _), $"The download leaves out {table}"));
        Assert.Equal(email, tables.GetProperty("AspNetUsers")[0].GetProperty("Email").GetString());
        Assert.DoesNotContain("PasswordHash", json, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityStamp", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_account_with_the_password_removes_the_user_and_every_row_they_own()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await FillEveryOwnedTableAsync(client, userId);
        await factory.WithDbAsync(async db =>
        {
            foreach (var table in UserOwnership.OwnedEntityTypes(db.Model))
            {
                Assert.True(await UserOwnership.CountRowsAsync(db, table, userId) > 0,
                    $"The test put no row in {table.GetTableName()}: fill it in {nameof(FillEveryOwnedTableAsync)} so its deletion is proven");
            }
        });

        using var deleted = await client.SubmitAsync("/Identity/Account/Manage/DeletePersonalData",
            new Dictionary<string, string> { ["Input.Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            foreach (var table in UserOwnership.OwnedEntityTypes(db.Model))
            {
                Assert.True(await UserOwnership.CountRowsAsync(db, table, userId) == 0, $"{table.GetTableName()} still holds the user's rows");
            }
        });
        using var signIn = await factory.CreateBrowserLikeClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    /// <summary>One row in every table a user can own, through the real forms where there are forms.</summary>
    private async Task FillEveryOwnedTableAsync(HttpClient client, string userId)
    {
        var planId = await client.CreatePlanAsync();
        var forms = new (string Url, Dictionary<string, string> Values)[]
        {
            ("/Profile", new() { ["Input.TimeZoneId"] = "Europe/Berlin" }),
            ("/SelfAssessment/Items/Create/Strength", new() { ["Input.Text"] = "Mine" }),
            ("/SelfAssessment/Skills/Create", new() { ["Input.Name"] = "Mine", ["Input.Rating"] = "3" }),
            ("/SelfAssessment/Reflections/lessons", new() { ["Input.Text"] = "Mine" }),
            ("/Profile/InterestTest", Web.Domain.InterestTest.Questions.ToDictionary(q => $"Input.Answers[{q.Number}]", _ => "3")),
        };
        foreach (var (url, values) in forms)
        {
            using var response = await client.SubmitAsync(url, values);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} answered {(int)response.StatusCode}");
        }
        var strengthId = await factory.WithDbAsync(db => db.SelfAssessmentItems.Where(i => i.UserId == userId).Select(i => i.Id).FirstAsync());
        var optionId = await client.CreateOptionAsync(planId, "Mine", fitItemId: strengthId);
        var research = new (string Url, Dictionary<string, string> Values)[]
        {
            ($"/Plans/{planId}/Options/{optionId}", new() { ["Input.Name"] = "Mine", ["Input.RequiredLevel"] = "3" }),
            ($"/Plans/{planId}/Activities/Create", new() { ["Input.Learned"] = "Mine", ["Input.CareerOptionId"] = optionId.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            ($"/Plans/{planId}/Notes/Create", new() { ["Input.Text"] = "Mine" }),
        };
        foreach (var (url, values) in research)
        {
            using var response = await client.SubmitAsync(url, values, "form[method=post]:not([action*='Logout'])");
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} answered {(int)response.StatusCode}");
        }
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var goalId = await client.CreateGoalAsync(planId, today, new Dictionary<string, string>
        {
            ["Input.ItemIds"] = strengthId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.OptionIds"] = optionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using (var reading = await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Value"] = "1" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reading.StatusCode);
        }
        using (var edited = await client.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Edit", new Dictionary<string, string> { ["Input.Status"] = "OnTrack" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }
        var skillId = await factory.WithDbAsync(db => db.Skills.Where(s => s.UserId == userId).Select(s => s.Id).FirstAsync());
        string Id(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var actionStage = new (string Url, Dictionary<string, string> Values)[]
        {
            ($"/Plans/{planId}/Goals/{goalId}/Milestones/Plan", new() { ["Input.Title"] = "Mine" }),
            ($"/Plans/{planId}/Actions/Create", new() { ["Input.Title"] = "Mine", ["Input.GoalId"] = Id(goalId) }),
            ("/Learning/Create", new() { ["Input.Title"] = "Mine", ["Input.SkillIds"] = Id(skillId) }),
            ("/Achievements/Create", new() { ["Input.What"] = "Mine", ["Input.GoalIds"] = Id(goalId), ["Input.SkillIds"] = Id(skillId) }),
        };
        foreach (var (url, values) in actionStage)
        {
            using var response = await client.SubmitAsync(url, values);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} answered {(int)response.StatusCode}");
        }
        using (var review = await client.SubmitAsync($"/Plans/{planId}/Reviews/New/quarterly", new Dictionary<string, string>
        {
            ["Input.Satisfaction"] = "7", ["Input.CareerFit"] = "Yes", ["Input.Goals[0].Judgement"] = "AtRisk", ["Input.Goals[0].Value"] = "2",
            ["Input.Goals[0].NewTarget"] = "5", ["Input.Goals[0].AdjustmentReason"] = "Mine",
        }))
        {
            Assert.True(review.StatusCode == HttpStatusCode.Redirect, $"The review answered {(int)review.StatusCode}");
            using var edited = await client.SubmitAsync($"{review.Headers.Location!.OriginalString}/Edit", new Dictionary<string, string> { ["Input.Satisfaction"] = "8" });
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromDays(8)); // a check-in falls due: one reminder is sent and recorded
        await using (var reminderScope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await reminderScope.ServiceProvider.GetRequiredService<Web.Pages.Reminders.ReviewReminders>().RunOnceAsync() > 0);
        }
        var activityId = await factory.WithDbAsync(db => db.ExplorationActivities.Where(a => a.PlanId == planId).Select(a => a.Id).FirstAsync());
        using (var contact = await client.SubmitAsync("/Network/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "Mine", ["Input.HowWeKnow"] = "Mine", ["Input.OptionIds"] = Id(optionId), ["Input.ActivityIds"] = Id(activityId),
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, contact.StatusCode);
            using var logged = await client.SubmitAsync(contact.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Input.Channel"] = "Call" },
                "form[action*='handler=Log']");
            Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        }
        using (var meeting = await client.SubmitAsync("/OneOnOnes", new Dictionary<string, string> { ["Input.WithWhom"] = "Mine" }))
        {
            var url = meeting.Headers.Location!.OriginalString;
            using (await client.SubmitAsync(url, new Dictionary<string, string> { ["Input.Point"] = "Mine" }, "form[action*='handler=AddPoint']")) { }
            using (await client.SubmitAsync(url, new Dictionary<string, string> { ["Input.Action"] = "Mine" }, "form[action*='handler=AddAction']")) { }
        }
        using (await client.SubmitAsync("/Brand", new Dictionary<string, string> { ["Input.Pitch"] = "Mine" })) { }
        using (await client.SubmitAsync("/Brand", new Dictionary<string, string> { ["Input.NextStep"] = "Mine" }, "form[action*='handler=AddChannel']")) { }
        var calendar = await client.GetPageAsync("/Calendar");
        using (var feed = await client.SubmitAsync(calendar, calendar.Form("form[action*='handler=Renew']")))
        {
            Assert.Equal(HttpStatusCode.Redirect, feed.StatusCode);
        }
        var (requestId, link) = await client.CreateFeedbackRequestAsync(anonymous: false, new Dictionary<string, string> { [$"Input.SelfRatings[{strengthId}]"] = "3" });
        var respondent = factory.CreateBrowserLikeClient();
        var form = await respondent.GetPageAsync(link.PathAndQuery);
        var answers = form.Document.QuerySelectorAll("textarea[name^='Answers']").ToDictionary(t => t.GetAttribute("name")!, _ => "Theirs");
        answers[form.Document.QuerySelector("input[type=radio][value='4']")!.GetAttribute("name")!] = "4";
        using (var answered = await respondent.SubmitAsync(form, form.Form(), answers))
        {
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }
        var details = await client.GetPageAsync($"/Feedback/Requests/{requestId}");
        using (await client.SubmitAsync(details, details.Form("form[action*='handler=NewLink']"))) { }
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(userId))!;
        await users.AddClaimAsync(user, new System.Security.Claims.Claim("note", "mine"));
        await users.ResetAuthenticatorKeyAsync(user);
        await users.AddLoginAsync(user, new Microsoft.AspNetCore.Identity.UserLoginInfo("test", "key-" + userId, "Test"));
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var role = new Microsoft.AspNetCore.Identity.IdentityRole("role-" + userId);
        db.Roles.Add(role);
        db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = userId, RoleId = role.Id });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Deleting_the_account_with_a_wrong_password_keeps_everything()
    {
        var (client, email) = await factory.RegisterNewUserAsync();

        using var refused = await client.SubmitAsync("/Identity/Account/Manage/DeletePersonalData",
            new Dictionary<string, string> { ["Input.Password"] = "not-my-password" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }
}
