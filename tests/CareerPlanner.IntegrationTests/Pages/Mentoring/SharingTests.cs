using System.Net;
using System.Text.Json;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Mentoring;

/// <summary>A plan shared with a mentor: the invitation by e-mail, what they see, revoking, and the links that no longer work.</summary>
public class SharingTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private async Task<(HttpClient Owner, int PlanId, int GoalId, int ReviewId)> PlanWithEverythingAsync()
    {
        var (owner, _) = await factory.RegisterNewUserAsync();
        using (await owner.SubmitAsync("/Profile", new Dictionary<string, string> { ["Input.DisplayName"] = "Ada" })) { }
        var planId = await owner.CreatePlanAsync("Into product management");
        using (await owner.SubmitAsync($"/Plans/{planId}/Vision", new Dictionary<string, string> { ["Input.VisionStatement"] = "Lead a product team" })) { }
        using (await owner.SubmitAsync($"/Plans/{planId}/BackupPlan", new Dictionary<string, string> { ["Input.BackupPlan"] = "Stay in engineering" })) { }
        using (await owner.SubmitAsync("/SelfAssessment/Items/Create/Strength", new Dictionary<string, string> { ["Input.Text"] = "Explaining things" })) { }
        var optionId = await owner.CreateOptionAsync(planId, "Product manager");
        var goalId = await owner.CreateGoalAsync(planId, DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime), new Dictionary<string, string>
        {
            ["Input.Title"] = "Ship one product feature end to end", ["Input.OptionIds"] = optionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var review = await owner.SubmitAsync($"/Plans/{planId}/Reviews/New/weekly", new Dictionary<string, string> { ["Input.Satisfaction"] = "7", ["Input.WentWell"] = "Demo went well" });
        var reviewId = int.Parse(review.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        return (owner, planId, goalId, reviewId);
    }

    [Fact]
    public async Task An_invitation_accepted_with_the_invited_address_shows_exactly_the_chosen_parts_and_confirms_the_address()
    {
        var (owner, planId, goalId, reviewId) = await PlanWithEverythingAsync();
        var email = Accounts.NewEmail();

        var link = await factory.InviteAsync(owner, planId, email, [SharedParts.Assets, SharedParts.CareerGoals, SharedParts.Goals]);
        var invitation = factory.MessagesTo(email).Single();
        Assert.Contains("Ada invites you", invitation.Subject, StringComparison.Ordinal);
        Assert.Matches("^/Invitations/[A-Za-z0-9_-]{22}$", link.AbsolutePath);
        Assert.Contains("invited", (await owner.GetPageAsync($"/Plans/{planId}/Sharing")).Text("[data-testid=share-state]"), StringComparison.Ordinal);

        // Opened before having an account: it says to sign in or register with that address.
        var anonymous = await factory.CreateBrowserLikeClient().GetPageAsync(link.PathAndQuery);
        Assert.Contains(email, anonymous.Text("[data-testid=invitation-state]"), StringComparison.Ordinal);

        var mentor = await factory.RegisterAsync(email);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));
        using var accepted = await mentor.SubmitAsync(link.PathAndQuery);
        Assert.Equal($"/Shared/Plans/{planId}", accepted.Headers.Location!.OriginalString);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));

        var shared = await mentor.GetPageAsync($"/Shared/Plans/{planId}");
        Assert.Equal("Ada's plan, shared with you (mentor: read and comment)", shared.Text("[data-testid=shared-banner]"));
        Assert.Equal("Explaining things", shared.Text("[data-testid=assets-strengths] li"));
        Assert.Equal("Lead a product team", shared.Text("[data-testid=vision]"));
        Assert.Equal("Ship one product feature end to end", shared.Text("[data-testid=goal] a"));
        Assert.Null(shared.Document.QuerySelector("#strategy-title"));
        Assert.Null(shared.Document.QuerySelector("[data-testid=backup-plan]"));
        Assert.Null(shared.Document.QuerySelector("[data-testid=marketing-strategy]"));
        Assert.Null(shared.Document.QuerySelector("[data-testid=overview-evaluation]"));
        // Read-only: not one link or form into the owner's plan pages.
        Assert.Empty(shared.Document.QuerySelectorAll("main a[href^='/Plans/'], main form[action^='/Plans/']"));

        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"/Shared/Plans/{planId}/Goals")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"/Shared/Plans/{planId}/Goals/{goalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/Shared/Plans/{planId}/Research")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/Shared/Plans/{planId}/Reviews")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/Shared/Plans/{planId}/Reviews/{reviewId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/Plans/{planId}")).StatusCode);

        Assert.Equal("Into product management", (await mentor.GetPageAsync("/Shared")).Text("[data-testid=shared-plan-title]"));
        Assert.StartsWith("One plan is shared with you", (await mentor.GetPageAsync("/Dashboard")).Text("[data-testid=shared-with-me]"), StringComparison.Ordinal);
        var sharing = await owner.GetPageAsync($"/Plans/{planId}/Sharing");
        Assert.Equal("accepted", sharing.Text("[data-testid=share-state]"));
        Assert.Contains("last viewed", sharing.Text("[data-testid=share]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_parts_opens_and_closes_them_at_once()
    {
        var (owner, planId, _, reviewId) = await PlanWithEverythingAsync();
        var (mentor, _) = await factory.ShareWithNewMentorAsync(owner, planId, [SharedParts.Goals]);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/Shared/Plans/{planId}/Reviews/{reviewId}")).StatusCode);
        var shareId = await factory.WithDbAsync(db => db.PlanShares.Where(s => s.PlanId == planId).Select(s => s.Id).SingleAsync());

        var edit = await owner.GetPageAsync($"/Plans/{planId}/Sharing/{shareId}");
        edit.Tick("Input.Parts", ["Reviews", "Research"]);
        using (var saved = await owner.SubmitAsync(edit, edit.Form()))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Contains("Demo went well", (await mentor.GetPageAsync($"/Shared/Plans/{planId}/Reviews/{reviewId}")).Text("main"), StringComparison.Ordinal);
        Assert.Equal("Product manager", (await mentor.GetPageAsync($"/Shared/Plans/{planId}/Research")).Text("[data-testid=option-title]"));
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/Shared/Plans/{planId}/Goals")).StatusCode);

        edit = await owner.GetPageAsync($"/Plans/{planId}/Sharing/{shareId}");
        edit.Tick("Input.Parts", []);
        using var none = await owner.SubmitAsync(edit, edit.Form());
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal(["Choose at least one part of the plan to share."], (await none.ParseAsync()).FieldErrors("Input.Parts"));
    }

    [Fact]
    public async Task Revoking_makes_the_mentors_next_request_a_404_and_an_accepted_link_cannot_be_used_again()
    {
        var (owner, planId, _, _) = await PlanWithEverythingAsync();
        var email = Accounts.NewEmail();
        var link = await factory.InviteAsync(owner, planId, email);
        var mentor = await factory.RegisterAsync(email);
        using (await mentor.SubmitAsync(link.PathAndQuery)) { }

        // The same link again, by someone else with the same address is impossible; by a stranger: it was used.
        var stranger = (await factory.RegisterNewUserAsync()).Client;
        Assert.Equal("This invitation has been accepted", (await stranger.GetPageAsync(link.PathAndQuery)).Text("h1"));
        using (var again = await stranger.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([])))
        {
            Assert.NotEqual(HttpStatusCode.InternalServerError, again.StatusCode);
        }
        Assert.Equal(1, await factory.WithDbAsync(db => db.PlanShares.CountAsync(s => s.PlanId == planId && s.MentorId != null)));

        var shareId = await factory.WithDbAsync(db => db.PlanShares.Where(s => s.PlanId == planId).Select(s => s.Id).SingleAsync());
        using (var revoked = await owner.SubmitAsync($"/Plans/{planId}/Sharing/{shareId}/Revoke"))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/Shared/Plans/{planId}")).StatusCode);
        Assert.NotNull((await mentor.GetPageAsync("/Shared")).Document.QuerySelector("[data-testid=no-shared-plans]"));
    }

    [Fact]
    public async Task An_unknown_an_expired_and_another_accounts_link_each_get_a_clear_page_and_nothing_is_shared()
    {
        var (owner, planId, _, _) = await PlanWithEverythingAsync();
        var (someone, _) = await factory.RegisterNewUserAsync();

        Assert.Equal("This invitation link does not work", (await someone.GetPageAsync("/Invitations/not-a-real-token")).Text("h1"));

        var invited = Accounts.NewEmail();
        var link = await factory.InviteAsync(owner, planId, invited);
        var other = await someone.GetPageAsync(link.PathAndQuery);
        Assert.Equal("This invitation is for another account", other.Text("h1"));
        Assert.Null(other.Document.QuerySelector("main form"));
        using (var refused = await someone.PostAsync(link.PathAndQuery, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", (await someone.GetPageAsync("/Plans/Create")).InputValue("__RequestVerificationToken")!)])))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromDays(PlanShare.LinkDays + 1));
        var mentor = await factory.RegisterAsync(invited);
        Assert.Equal("This invitation has expired", (await mentor.GetPageAsync(link.PathAndQuery)).Text("h1"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.PlanShares.CountAsync(s => s.PlanId == planId && s.MentorId != null)));

        // Sending it again makes a new link that works; the old one no longer does.
        var renewed = await factory.InviteAsync(owner, planId, invited);
        Assert.Equal("This invitation link does not work", (await mentor.GetPageAsync(link.PathAndQuery)).Text("h1"));
        using var accepted = await mentor.SubmitAsync(renewed.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Inviting_checks_the_address_and_keeps_what_was_typed()
    {
        var (owner, ownerEmail) = await factory.RegisterNewUserAsync();
        var planId = await owner.CreatePlanAsync();

        using var bad = await owner.SubmitAsync($"/Plans/{planId}/Sharing", new Dictionary<string, string> { ["Input.Email"] = "not an address" });
        var page = await bad.ParseAsync();
        Assert.Equal(["Enter an e-mail address like name@example.com."], page.FieldErrors("Input.Email"));
        Assert.Equal("not an address", page.InputValue("Input.Email"));

        using var own = await owner.SubmitAsync($"/Plans/{planId}/Sharing", new Dictionary<string, string> { ["Input.Email"] = ownerEmail.ToUpperInvariant() });
        Assert.Equal(["That is your own address: invite the person you want to work through the plan with."], (await own.ParseAsync()).FieldErrors("Input.Email"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.PlanShares.CountAsync(s => s.PlanId == planId)));

        // The same address again at once: refused, so the form cannot send e-mail after e-mail.
        var invited = Accounts.NewEmail();
        await factory.InviteAsync(owner, planId, invited);
        using var again = await owner.SubmitAsync($"/Plans/{planId}/Sharing", new Dictionary<string, string> { ["Input.Email"] = invited });
        Assert.Equal(["An invitation went to that address a few minutes ago. Wait ten minutes before sending it again."], (await again.ParseAsync()).FieldErrors("Input.Email"));
        Assert.Single(factory.MessagesTo(invited));
    }

    [Fact]
    public async Task A_mentor_who_deletes_their_account_leaves_their_comments_as_a_former_mentor_and_both_downloads_hold_what_each_wrote()
    {
        var (owner, planId, _, _) = await PlanWithEverythingAsync();
        var (mentor, _) = await factory.ShareWithNewMentorAsync(owner, planId);
        using (await mentor.SubmitAsync($"/Shared/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Talk to a PM this week" })) { }
        using (await owner.SubmitAsync($"/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Booked one for Friday" }, "form[action*='/Comments']")) { }

        static async Task<string> DownloadAsync(HttpClient client)
        {
            var page = await client.GetPageAsync("/Identity/Account/Manage/PersonalData");
            using var response = await client.SubmitAsync(page, page.Form("#download-data"));
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("tables").GetProperty("PlanComments").GetRawText();
        }
        var mentorsDownload = await DownloadAsync(mentor);
        Assert.Contains("Talk to a PM this week", mentorsDownload, StringComparison.Ordinal);
        Assert.Contains("Booked one for Friday", await DownloadAsync(owner), StringComparison.Ordinal);

        using (var deleted = await mentor.SubmitAsync("/Identity/Account/Manage/DeletePersonalData", new Dictionary<string, string> { ["Input.Password"] = Accounts.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        var overview = await owner.GetPageAsync($"/Plans/{planId}");
        var authors = overview.Document.QuerySelectorAll("[data-testid=comment-author]").Select(a => a.TextContent).ToList();
        Assert.Equal(["A former mentor", "Ada (plan owner)"], authors);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PlanShares.CountAsync(s => s.PlanId == planId)));
    }

    [Fact]
    public async Task A_share_with_an_end_date_closes_the_day_after_and_a_past_date_is_refused()
    {
        var (owner, planId, _, _) = await PlanWithEverythingAsync();
        var (mentor, _) = await factory.ShareWithNewMentorAsync(owner, planId);
        var shareId = await factory.WithDbAsync(db => db.PlanShares.Where(s => s.PlanId == planId).Select(s => s.Id).SingleAsync());
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using (var past = await owner.SubmitAsync($"/Plans/{planId}/Sharing/{shareId}", new Dictionary<string, string> { ["Input.EndsOn"] = Day(today.AddDays(-1)) }))
        {
            Assert.Equal(["Choose today or a later date, or leave it empty to share until you stop it."], (await past.ParseAsync()).FieldErrors("Input.EndsOn"));
        }
        using (var saved = await owner.SubmitAsync($"/Plans/{planId}/Sharing/{shareId}", new Dictionary<string, string> { ["Input.EndsOn"] = Day(today.AddDays(2)) }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"/Shared/Plans/{planId}")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/Shared/Plans/{planId}")).StatusCode);
        Assert.Contains("(ended)", (await owner.GetPageAsync($"/Plans/{planId}/Sharing")).Text("[data-testid=share]"), StringComparison.Ordinal);
        Assert.NotNull((await mentor.GetPageAsync("/Shared")).Document.QuerySelector("[data-testid=no-shared-plans]"));
    }

    [Fact]
    public async Task Deleting_the_plan_deletes_its_shares_comments_and_suggestions()
    {
        var (owner, planId, goalId, _) = await PlanWithEverythingAsync();
        var (mentor, _) = await factory.ShareWithNewMentorAsync(owner, planId);
        using (await mentor.SubmitAsync($"/Shared/Plans/{planId}/Goals/{goalId}", new Dictionary<string, string> { ["Input.Text"] = "On the goal" })) { }
        using (await mentor.SubmitAsync($"/Shared/Plans/{planId}/Suggest", new Dictionary<string, string> { ["Input.Kind"] = "Action", ["Input.Title"] = "Read a book" })) { }

        using (var deleted = await owner.SubmitAsync($"/Plans/{planId}/Delete"))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Equal((0, 0, 0), await factory.WithDbAsync(async db => (
            await db.PlanShares.CountAsync(s => s.PlanId == planId), await db.PlanComments.CountAsync(c => c.PlanId == planId), await db.PlanSuggestions.CountAsync(s => s.PlanId == planId))));
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/Shared/Plans/{planId}")).StatusCode);
    }
}
