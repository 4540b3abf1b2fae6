using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Pages.Reminders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.IntegrationTests.Infrastructure;

/// <summary>Two instances of the app on one database act as one: a load balancer may send any request to either.</summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly TwoInstancesFactory a = new();
    private TwoInstancesFactory b = null!;

    public Task InitializeAsync()
    {
        // 20 September next year, on both instances' clocks: a quarterly review is due for every plan.
        var late = new DateTimeOffset(a.Clock.GetUtcNow().Year + 1, 9, 20, 9, 0, 0, TimeSpan.Zero);
        a.Clock.SetUtcNow(late);
        b = a.CreateSecondInstance();
        b.Clock.SetUtcNow(late);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await b.DisposeAsync();
        await a.DisposeAsync();
    }

    private DateOnly Today => DateOnly.FromDateTime(a.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task A_person_signed_in_on_one_instance_is_signed_in_on_the_other_and_each_reads_what_the_other_saved()
    {
        var browser = new CookieContainer();
        var onA = a.CreateBrowserLikeClient(browser, "2001:db8::a1");
        var onB = b.CreateBrowserLikeClient(browser, "2001:db8::a1");
        var email = Accounts.NewEmail();
        using (var registered = await onA.SubmitAsync("/Identity/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }
        var planId = await onA.CreatePlanAsync("Into data engineering");

        // The form comes from A, its post (cookie and antiforgery token made by A) goes to B.
        var form = await onA.GetPageAsync($"/Plans/{planId}/Goals/Create");
        using var saved = await onB.SubmitAsync(form, form.Form(), PlanSteps.SmartGoal(Today, new Dictionary<string, string> { ["Input.Title"] = "Saved on the second instance" }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Contains("Into data engineering", (await onB.GetPageAsync("/Plans")).Text("main"), StringComparison.Ordinal);
        Assert.Contains("Saved on the second instance", (await onA.GetPageAsync($"/Plans/{planId}/Goals")).Text("main"), StringComparison.Ordinal);
        Assert.NotEmpty(await b.WithDbAsync(db => db.DataProtectionKeys.ToListAsync()));
    }

    [Fact]
    public async Task Both_instances_running_the_reminder_pass_at_once_send_each_due_reminder_once()
    {
        var emails = new List<string>();
        for (var person = 0; person < 8; person++)
        {
            var (client, email) = await (person % 2 == 0 ? a : b).RegisterNewUserAsync();
            await client.CreatePlanAsync($"Plan {person}");
            emails.Add(email);
        }

        var sent = await Task.WhenAll(RunOnceAsync(a), RunOnceAsync(b));

        Assert.Equal(emails.Count, sent.Sum());
        Assert.All(emails, email => Assert.Single(a.MessagesTo(email)));
        Assert.Equal(emails.Count, await a.WithDbAsync(db => db.ReviewReminders.CountAsync()));
        // Losing a reminder to the other instance is ordinary work in a farm, not an error in the log.
        Assert.DoesNotContain(a.Logs.Events.Concat(b.Logs.Events), e => e.Contains("\"Level\":\"Error\"", StringComparison.Ordinal));
    }

    private static async Task<int> RunOnceAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewReminders>().RunOnceAsync();
    }
}
