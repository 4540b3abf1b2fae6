using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Pages.Reminders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.IntegrationTests.Pages.Reminders;

/// <summary>The reminder e-mails, run pass by pass on a fake clock in the last fortnight of a quarter.</summary>
public class ReviewRemindersTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private static async Task<int> RunOnceAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewReminders>().RunOnceAsync();
    }

    /// <summary>Moves the clock (which only goes forward) to 20 September of the next year: Q3's review is due, nothing else yet.</summary>
    private void LateInTheQuarter() =>
        factory.Clock.SetUtcNow(new DateTimeOffset(factory.Clock.GetUtcNow().Year + 1, 9, 20, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_due_quarterly_review_is_announced_by_exactly_one_email_across_two_runs_and_a_restart()
    {
        LateInTheQuarter();
        var (client, email) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Into data engineering");

        await RunOnceAsync(factory);
        await RunOnceAsync(factory);
        await using (var restarted = factory.WithWebHostBuilder(_ => { }))
        {
            await RunOnceAsync(restarted);
        }

        var message = Assert.Single(factory.MessagesTo(email));
        Assert.Contains("quarterly review of Q3", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Into data engineering", message.Subject, StringComparison.Ordinal);
        var start = message.FirstLink();
        Assert.Equal($"/Plans/{planId}/Reviews/New/quarterly", start.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(start.PathAndQuery)).StatusCode);
        Assert.Single(await factory.WithDbAsync(db => db.ReviewReminders.Where(r => r.PlanId == planId).ToListAsync()));
    }

    [Fact]
    public async Task After_unsubscribing_through_the_emails_link_no_further_reminder_is_sent()
    {
        LateInTheQuarter();
        var (client, email) = await factory.RegisterNewUserAsync();
        await client.CreatePlanAsync();
        await RunOnceAsync(factory);
        var unsubscribe = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Assert.Single(factory.MessagesTo(email)).HtmlBody!)
            .QuerySelectorAll("a").Single(a => a.TextContent.Contains("Turn review reminders off", StringComparison.Ordinal)).GetAttribute("href")!;
        var stranger = factory.CreateBrowserLikeClient(); // not signed in: the link works on its own

        var confirm = await stranger.GetPageAsync(new Uri(unsubscribe).PathAndQuery);
        using var done = await stranger.SubmitAsync(confirm, confirm.Form());
        Assert.Contains("no more e-mails", (await done.ParseAsync()).Text("[data-testid=unsubscribed]"), StringComparison.Ordinal);
        factory.Clock.Advance(TimeSpan.FromDays(8)); // a weekly check-in falls due too
        await RunOnceAsync(factory);

        Assert.Single(factory.MessagesTo(email));
        Assert.Null((await client.GetPageAsync("/Profile")).Document.QuerySelector("input[type=checkbox][name='Input.ReviewReminders'][checked]"));
        using var forged = await stranger.GetAsync("/Reminders/Unsubscribe?token=not-a-token");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task No_reminder_is_sent_when_reminders_are_turned_off_on_the_profile()
    {
        LateInTheQuarter();
        var (client, email) = await factory.RegisterNewUserAsync();
        await client.CreatePlanAsync();
        var (other, otherEmail) = await factory.RegisterNewUserAsync();
        await other.CreatePlanAsync();
        using (var off = await client.SubmitAsync("/Profile", new Dictionary<string, string> { ["Input.ReviewReminders"] = "false" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        }

        await RunOnceAsync(factory);

        Assert.Empty(factory.MessagesTo(email));
        Assert.Single(factory.MessagesTo(otherEmail)); // the same pass did send to someone who kept reminders on
    }
}

/// <summary>A reminder whose e-mail could not be sent is not counted as sent: its claim goes, and the next pass sends it.</summary>
public class FailedReminderTests(FailedReminderTests.MailDownOnce factory) : IClassFixture<FailedReminderTests.MailDownOnce>
{
    /// <summary>The app whose mail server refuses the first review reminder.</summary>
    public sealed class MailDownOnce : MailDownOnceFactory
    {
        protected override IReadOnlyList<string> RefusedSubjects => ["review"];
    }

    [Fact]
    public async Task The_next_pass_sends_a_reminder_whose_email_failed()
    {
        factory.Clock.SetUtcNow(new DateTimeOffset(factory.Clock.GetUtcNow().Year + 1, 9, 20, 9, 0, 0, TimeSpan.Zero));
        var (client, email) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Into data engineering");

        await Assert.ThrowsAsync<IOException>(() => RunOnceAsync());
        Assert.True(factory.Refused);
        Assert.Empty(factory.MessagesTo(email));
        Assert.Empty(await factory.WithDbAsync(db => db.ReviewReminders.Where(r => r.PlanId == planId).ToListAsync()));

        Assert.Equal(1, await RunOnceAsync());
        Assert.Single(factory.MessagesTo(email));
    }

    private async Task<int> RunOnceAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewReminders>().RunOnceAsync();
    }
}
