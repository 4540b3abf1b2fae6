using CareerPlanner.BrowserTests.Support;
using CareerPlanner.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Mentoring;

public class MentoringJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task An_owner_invites_a_mentor_who_accepts_and_comments_and_the_owner_replies_all_with_the_keyboard()
    {
        await using var owner = await server.OpenAsync(1280);
        await using var mentor = await server.OpenAsync(375);
        var mentorEmail = Accounts.NewEmail();
        string planId = "";

        await owner.RunAsync(async () =>
        {
            var page = owner.Page;
            await owner.RegisterAsync();
            planId = await owner.CreatePlanAsync("Into product management");
            await owner.GotoAsync($"/Plans/{planId}");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Share with a mentor" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Work through this plan with a mentor or coach" })).ToBeVisibleAsync();
            await page.TabToAsync(page.GetByLabel("Their e-mail address"));
            await page.Keyboard.TypeAsync(mentorEmail);
            await page.TabToAsync(page.GetByLabel("Reviews"));
            await page.Keyboard.PressAsync("Space"); // not the reviews
            await owner.AssertAccessibleAsync();
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }));
            await Expect(page.GetByTestId("share-state")).ToContainTextAsync("not accepted yet");
            await owner.AssertAccessibleAsync();
        });

        var link = server.Factory.MessagesTo(mentorEmail).Single().FirstLink();
        await mentor.RunAsync(async () =>
        {
            var page = mentor.Page;
            await page.GotoAsync(link.ToString());
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }));
            await page.TabToAsync(page.GetByLabel("Email"));
            await page.Keyboard.TypeAsync(mentorEmail);
            await page.TabToAsync(page.GetByLabel("Password", new() { Exact = true }));
            await page.Keyboard.TypeAsync(Accounts.Password);
            await page.TabToAsync(page.GetByLabel("Confirm password"));
            await page.Keyboard.TypeAsync(Accounts.Password);
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Create account" }));
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }));

            await Expect(page.GetByTestId("shared-banner")).ToContainTextAsync("plan, shared with you");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true })).ToHaveCountAsync(0);
            await mentor.AssertAccessibleAsync();
            await page.TabToAsync(page.GetByLabel("Your comment"), maxPresses: 200);
            await page.Keyboard.TypeAsync("Talk to two product managers before choosing a goal.");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send comment" }));
            await Expect(page.GetByTestId("comment-text")).ToHaveTextAsync("Talk to two product managers before choosing a goal.");
            await mentor.AssertAccessibleAsync();

            await mentor.GotoAsync("/Shared");
            await Expect(page.GetByTestId("shared-plan-title")).ToHaveTextAsync("Into product management");
            await mentor.AssertAccessibleAsync();
        });

        await owner.RunAsync(async () =>
        {
            var page = owner.Page;
            await owner.GotoAsync($"/Plans/{planId}");
            await Expect(page.GetByTestId("comment-text")).ToHaveTextAsync("Talk to two product managers before choosing a goal.");
            await page.TabToAsync(page.GetByLabel("Reply or comment"), maxPresses: 200);
            await page.Keyboard.TypeAsync("Booked two chats for next week.");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send comment" }));
            await Expect(page.GetByTestId("comment-text")).ToHaveTextAsync(["Talk to two product managers before choosing a goal.", "Booked two chats for next week."]);
            await owner.GotoAsync($"/Plans/{planId}/Sharing");
            await Expect(page.GetByTestId("share-state")).ToHaveTextAsync("accepted");
            await owner.AssertAccessibleAsync();
        });

        await mentor.RunAsync(async () =>
        {
            await mentor.GotoAsync($"/Shared/Plans/{planId}");
            await Expect(mentor.Page.GetByTestId("comment-author")).ToContainTextAsync(["", "(plan owner)"]);
            await Expect(mentor.Page.GetByTestId("comment-text").Last).ToHaveTextAsync("Booked two chats for next week.");
        });
    }
}
