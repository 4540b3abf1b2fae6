using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.IntegrationTests.Pages.Mentoring;

/// <summary>Comments and suggestions between an owner and their mentor, and the e-mails about them.</summary>
public class CommentsTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private async Task<(HttpClient Owner, string OwnerEmail, int PlanId, int GoalId, HttpClient Mentor, string MentorEmail)> SharedPlanAsync()
    {
        var (owner, ownerEmail) = await factory.RegisterNewUserAsync();
        var planId = await owner.CreatePlanAsync("Into product management");
        var optionId = await owner.CreateOptionAsync(planId, "Product manager");
        var goalId = await owner.CreateGoalAsync(planId, DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime),
            new Dictionary<string, string> { ["Input.OptionIds"] = optionId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var (mentor, mentorEmail) = await factory.ShareWithNewMentorAsync(owner, planId);
        using (await mentor.SubmitAsync("/Profile", new Dictionary<string, string> { ["Input.DisplayName"] = "Grace" })) { }
        return (owner, ownerEmail, planId, goalId, mentor, mentorEmail);
    }

    private Task<int> RunMailPassAsync() =>
        factory.WithDbAsync(async _ =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<CareerPlanner.Web.Pages.Mentoring.MentorMail>().RunAsync();
        });

    [Fact]
    public async Task A_mentors_comment_on_a_goal_shows_on_the_owners_goal_page_as_plain_text_and_the_owners_reply_on_the_mentors()
    {
        var (owner, _, planId, goalId, mentor, _) = await SharedPlanAsync();

        using (var sent = await mentor.SubmitAsync($"/Shared/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Text"] = "Try <b>one</b> exam first" }))
        {
            Assert.Equal($"/Shared/Plans/{planId}/Goals/{goalId}#comments", sent.Headers.Location!.OriginalString);
        }
        var goalPage = await owner.GetPageAsync($"/Plans/{planId}/Goals/{goalId}");
        Assert.Equal("Try <b>one</b> exam first", goalPage.Text("[data-testid=comment-text]"));
        Assert.Null(goalPage.Document.QuerySelector("[data-testid=comment-text] b"));
        Assert.Equal("Grace", goalPage.Text("[data-testid=comment-author]"));

        using (var reply = await owner.SubmitAsync(goalPage, goalPage.Form("form[action*='/Comments']"), new Dictionary<string, string> { ["Input.Text"] = "Good idea" }))
        {
            Assert.Equal($"/Plans/{planId}/Goals/{goalId}#comments", reply.Headers.Location!.OriginalString);
        }
        var mentorsView = await mentor.GetPageAsync($"/Shared/Plans/{planId}/Goals/{goalId}");
        Assert.Equal(["Try <b>one</b> exam first", "Good idea"], mentorsView.Document.QuerySelectorAll("[data-testid=comment-text]").Select(c => c.TextContent).ToList());
        Assert.Empty(await factory.WithDbAsync(db => db.PlanComments.Where(c => c.PlanId == planId && c.GoalId == null).ToListAsync()));
    }

    [Fact]
    public async Task An_empty_comment_is_refused_beside_the_field_and_nothing_is_saved()
    {
        var (_, _, planId, _, mentor, _) = await SharedPlanAsync();

        using var response = await mentor.SubmitAsync($"/Shared/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "   " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Write your comment before sending it."], (await response.ParseAsync()).FieldErrors("Input.Text"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.PlanComments.CountAsync(c => c.PlanId == planId)));
    }

    [Fact]
    public async Task The_owner_deletes_any_comment_and_a_mentor_only_their_own()
    {
        var (owner, _, planId, _, mentor, _) = await SharedPlanAsync();
        using (await mentor.SubmitAsync($"/Shared/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Mentor's" })) { }
        using (await owner.SubmitAsync($"/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Owner's" }, "form[action*='/Comments']")) { }
        var ids = await factory.WithDbAsync(db => db.PlanComments.Where(c => c.PlanId == planId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/Shared/Plans/{planId}/Comments/{ids[1]}/Delete")).StatusCode);
        using (var own = await mentor.SubmitAsync($"/Shared/Plans/{planId}/Comments/{ids[0]}/Delete"))
        {
            Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        }
        using (var any = await owner.SubmitAsync($"/Plans/{planId}/Comments/{ids[1]}/Delete"))
        {
            Assert.Equal(HttpStatusCode.Redirect, any.StatusCode);
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.PlanComments.CountAsync(c => c.PlanId == planId)));
    }

    [Fact]
    public async Task A_suggested_goal_opens_the_prefilled_form_and_once_saved_is_a_goal_and_leaves_the_dashboard()
    {
        var (owner, _, planId, _, mentor, _) = await SharedPlanAsync();
        using (await mentor.SubmitAsync($"/Shared/Plans/{planId}/Suggest", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Goal", ["Input.Title"] = "Lead a discovery sprint", ["Input.Reason"] = "You learn the PM craft by doing it",
        })) { }

        var dashboard = await owner.GetPageAsync("/Dashboard");
        Assert.Equal("Lead a discovery sprint", dashboard.Text("[data-testid=suggestion-title]"));
        var take = dashboard.Document.QuerySelector("[data-testid=suggestion] a")!.GetAttribute("href")!;
        var form = await owner.GetPageAsync(take);
        Assert.Equal("Lead a discovery sprint", form.InputValue("Input.Title"));
        Assert.Equal("You learn the PM craft by doing it", form.Document.QuerySelector("[name='Input.Description']")!.TextContent.Trim());

        // Still SMART-checked: without the rest it is refused, and the suggestion stays open.
        using (var incomplete = await owner.SubmitAsync(form, form.Form()))
        {
            Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        }
        Assert.Equal(SuggestionState.Open, await factory.WithDbAsync(db => db.PlanSuggestions.Where(s => s.PlanId == planId).Select(s => s.State).SingleAsync()));

        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var optionId = await factory.WithDbAsync(db => db.CareerOptions.Where(o => o.PlanId == planId).Select(o => o.Id).SingleAsync());
        var values = PlanSteps.SmartGoal(today, new Dictionary<string, string>
        {
            ["Input.Title"] = "Lead a discovery sprint", ["Input.OptionIds"] = optionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using (var saved = await owner.SubmitAsync(form, form.Form(), values))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.True(await factory.WithDbAsync(db => db.Goals.AnyAsync(g => g.PlanId == planId && g.Title == "Lead a discovery sprint")));
        Assert.Equal(SuggestionState.Accepted, await factory.WithDbAsync(db => db.PlanSuggestions.Where(s => s.PlanId == planId).Select(s => s.State).SingleAsync()));
        Assert.Null((await owner.GetPageAsync("/Dashboard")).Document.QuerySelector("[data-testid=suggestions]"));
    }

    [Fact]
    public async Task A_declined_suggestion_leaves_the_dashboard_with_the_owners_note()
    {
        var (owner, _, planId, _, mentor, _) = await SharedPlanAsync();
        using (await mentor.SubmitAsync($"/Shared/Plans/{planId}/Suggest", new Dictionary<string, string> { ["Input.Kind"] = "Action", ["Input.Title"] = "Read Inspired" })) { }
        var dashboard = await owner.GetPageAsync("/Dashboard");
        var decline = dashboard.Document.QuerySelectorAll("[data-testid=suggestion] a").Single(a => a.TextContent.StartsWith("Decline", StringComparison.Ordinal)).GetAttribute("href")!;

        using (var declined = await owner.SubmitAsync(decline, new Dictionary<string, string> { ["Input.Note"] = "Read it last year" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        }

        Assert.Null((await owner.GetPageAsync("/Dashboard")).Document.QuerySelector("[data-testid=suggestions]"));
        var suggestion = await factory.WithDbAsync(db => db.PlanSuggestions.SingleAsync(s => s.PlanId == planId));
        Assert.Equal((SuggestionState.Declined, "Read it last year"), (suggestion.State, suggestion.DeclineNote));
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(decline)).StatusCode);
    }

    [Fact]
    public async Task Comment_emails_are_batched_to_one_an_hour_per_plan_and_direction()
    {
        var (owner, ownerEmail, planId, _, mentor, mentorEmail) = await SharedPlanAsync();
        int ToOwner() => factory.MessagesTo(ownerEmail).Count(m => (m.Subject ?? "").StartsWith("New comments", StringComparison.Ordinal));
        int ToMentor() => factory.MessagesTo(mentorEmail).Count(m => (m.Subject ?? "").Contains("replied", StringComparison.Ordinal));

        using (await mentor.SubmitAsync($"/Shared/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "First" })) { }
        Assert.Equal(1, ToOwner()); // the first one goes at once

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        using (await mentor.SubmitAsync($"/Shared/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Second" })) { }
        using (await mentor.SubmitAsync($"/Shared/Plans/{planId}/Suggest", new Dictionary<string, string> { ["Input.Kind"] = "Goal", ["Input.Title"] = "Third thing" })) { }
        Assert.Equal(0, await RunMailPassAsync());
        Assert.Equal(1, ToOwner()); // within the hour: they wait

        factory.Clock.Advance(TimeSpan.FromMinutes(51));
        Assert.Equal(1, await RunMailPassAsync());
        var batch = factory.MessagesTo(ownerEmail).Last();
        Assert.Contains("Second", batch.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Third thing", batch.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(2, ToOwner());
        Assert.Equal(0, await RunMailPassAsync());

        // The owner's replies go to the mentor, on their own hourly rhythm.
        using (await owner.SubmitAsync($"/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Thanks" }, "form[action*='/Comments']")) { }
        using (await owner.SubmitAsync($"/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "And another" }, "form[action*='/Comments']")) { }
        Assert.Equal(1, ToMentor());
        Assert.Equal(2, ToOwner());
    }

    [Fact]
    public async Task Nobody_who_turned_reminders_off_is_emailed_about_comments()
    {
        var (owner, ownerEmail, planId, _, mentor, _) = await SharedPlanAsync();
        using (await owner.SubmitAsync("/Profile", new Dictionary<string, string> { ["Input.ReviewReminders"] = "false" })) { }

        using (await mentor.SubmitAsync($"/Shared/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "First" })) { }

        Assert.DoesNotContain(factory.MessagesTo(ownerEmail), m => (m.Subject ?? "").StartsWith("New comments", StringComparison.Ordinal));
    }
}

public class FailedMentorMailTests(FailedMentorMailTests.MailDownOnce factory) : IClassFixture<FailedMentorMailTests.MailDownOnce>
{
    /// <summary>The app whose mail server refuses the first e-mail to an owner about comments and the first to a mentor about replies.</summary>
    public sealed class MailDownOnce : MailDownOnceFactory
    {
        protected override IReadOnlyList<string> RefusedSubjects => ["New comments", "replied"];
    }

    [Fact]
    public async Task A_comment_or_reply_whose_email_failed_is_told_by_the_next_pass()
    {
        var (owner, ownerEmail) = await factory.RegisterNewUserAsync();
        var planId = await owner.CreatePlanAsync("Into product management");
        var (mentor, mentorEmail) = await factory.ShareWithNewMentorAsync(owner, planId);
        int ToOwner() => factory.MessagesTo(ownerEmail).Count(m => (m.Subject ?? "").StartsWith("New comments", StringComparison.Ordinal));
        int ToMentor() => factory.MessagesTo(mentorEmail).Count(m => (m.Subject ?? "").Contains("replied", StringComparison.Ordinal));

        // The comment is saved and the page answers as usual; the e-mail right after it fails, and the next pass sends it.
        using (var saved = await mentor.SubmitAsync($"/Shared/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Talk to the data team" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Equal(0, ToOwner());
        Assert.Null(await factory.WithDbAsync(db => db.PlanComments.Where(c => c.PlanId == planId).Select(c => c.MailedAtUtc).SingleAsync()));
        Assert.Equal(1, await RunMailPassAsync());
        Assert.Equal(1, ToOwner());
        Assert.Contains("Talk to the data team", factory.MessagesTo(ownerEmail).Last().HtmlBody, StringComparison.Ordinal);

        // The same for the owner's reply to the mentor.
        using (await owner.SubmitAsync($"/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Will do" }, "form[action*='/Comments']")) { }
        Assert.True(factory.Refused);
        Assert.Equal(0, ToMentor());
        Assert.Equal(1, await RunMailPassAsync());
        Assert.Equal(1, ToMentor());
        Assert.Contains("Will do", factory.MessagesTo(mentorEmail).Last().HtmlBody, StringComparison.Ordinal);

        Assert.Equal(0, await RunMailPassAsync());
        Assert.Equal((1, 1), (ToOwner(), ToMentor()));
    }

    private async Task<int> RunMailPassAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CareerPlanner.Web.Pages.Mentoring.MentorMail>().RunAsync();
    }
}
