using System.Net;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerPlanner.TestSupport;

/// <summary>A person with at least one row in every table a person can own, made through the real forms where there are forms:
/// what the deletion, personal-data and backup tests need so that a table added later is covered by them.</summary>
public static class OwnedTables
{
    /// <summary>One row in every table a user can own, through the real forms where there are forms.</summary>
    public static async Task FillEveryOwnedTableAsync(this CareerPlannerFactory factory, HttpClient client, string userId)
    {
        var planId = await client.CreatePlanAsync();
        var forms = new (string Url, Dictionary<string, string> Values)[]
        {
            ("/Profile", new() { ["Input.TimeZoneId"] = "Europe/Berlin" }),
            ("/SelfAssessment/Items/Create/Strength", new() { ["Input.Text"] = "Mine" }),
            ("/SelfAssessment/Skills/Create", new() { ["Input.Name"] = "Mine", ["Input.Rating"] = "3" }),
            ("/SelfAssessment/Reflections/lessons", new() { ["Input.Text"] = "Mine" }),
            ("/Profile/InterestTest", CareerPlanner.Web.Domain.InterestTest.Questions.ToDictionary(q => $"Input.Answers[{q.Number}]", _ => "3")),
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
            ($"/Plans/{planId}/Options/{optionId}", new() { ["Input.Name"] = "Mine by another name", ["Input.RequiredLevel"] = "3" }),
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
        using (var covered = await client.SubmitAsync($"/Plans/{planId}/Gap/{optionId}", new Dictionary<string, string> { ["Input.SkillId"] = skillId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "[data-testid=cover-form]"))
        {
            Assert.Equal(HttpStatusCode.Redirect, covered.StatusCode);
        }
        string Id(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var history = new (string Url, Dictionary<string, string> Values)[]
        {
            ("/History/Positions", new() { ["Input.Title"] = "Mine", ["Input.Employer"] = "Mine", ["Input.Started"] = "Mar 2019", ["Input.Ended"] = "2021", ["Input.Highlights"] = "Mine" }),
            ("/History/Education", new() { ["Input.Institution"] = "Mine", ["Input.Started"] = "2010", ["Input.Ended"] = "Jun 2013" }),
            ("/History/Certifications", new() { ["Input.Name"] = "Mine", ["Input.ExpiresOn"] = today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
            ("/History/Languages", new() { ["Input.Name"] = "Mine", ["Input.Proficiency"] = "FullProfessional" }),
        };
        foreach (var (url, values) in history)
        {
            using var response = await client.SubmitAsync(url, values);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} answered {(int)response.StatusCode}");
        }
        using (var resume = await client.SubmitAsync("/Resume", new Dictionary<string, string> { ["Input.Headline"] = "Mine" }, "form[action*='handler=Text']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resume.StatusCode);
        }
        var positionId = await factory.WithDbAsync(db => db.Positions.Where(p => p.UserId == userId).Select(p => p.Id).FirstAsync());
        var actionStage = new (string Url, Dictionary<string, string> Values)[]
        {
            ($"/Plans/{planId}/Goals/{goalId}/Milestones/Plan", new() { ["Input.Title"] = "Mine" }),
            ($"/Plans/{planId}/Actions/Create", new() { ["Input.Title"] = "Mine", ["Input.GoalId"] = Id(goalId) }),
            ("/Learning/Create", new() { ["Input.Title"] = "Mine", ["Input.SkillIds"] = Id(skillId) }),
            ("/Achievements/Create", new() { ["Input.What"] = "Mine", ["Input.GoalIds"] = Id(goalId), ["Input.SkillIds"] = Id(skillId), ["Input.PositionId"] = Id(positionId) }),
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
            Assert.True(await reminderScope.ServiceProvider.GetRequiredService<CareerPlanner.Web.Pages.Reminders.ReviewReminders>().RunOnceAsync() > 0);
        }
        // Shared with a mentor, who comments and suggests; the owner replies.
        var (mentor, _) = await factory.ShareWithNewMentorAsync(client, planId);
        using (var comment = await mentor.SubmitAsync($"/Shared/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Theirs" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        }
        using (var suggestion = await mentor.SubmitAsync($"/Shared/Plans/{planId}/Suggest", new Dictionary<string, string> { ["Input.Kind"] = "Goal", ["Input.Title"] = "Theirs" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, suggestion.StatusCode);
        }
        using (var reply = await client.SubmitAsync($"/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Mine" }, "form[action*='/Comments']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
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
        var db = scope.ServiceProvider.GetRequiredService<CareerPlanner.Web.Data.AppDbContext>();
        var role = new Microsoft.AspNetCore.Identity.IdentityRole("role-" + userId);
        db.Roles.Add(role);
        db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = userId, RoleId = role.Id });
        await db.SaveChangesAsync();
    }
}
