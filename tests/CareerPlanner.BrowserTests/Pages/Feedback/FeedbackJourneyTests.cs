using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Feedback;

public class FeedbackJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task A_request_is_answered_in_a_fresh_signed_out_browser_and_the_owner_reads_it()
    {
        await using var owner = await server.OpenAsync(1280);
        await using var respondent = await server.OpenAsync(375);
        string link = "";
        await owner.RunAsync(async () =>
        {
            await owner.RegisterAsync();
            await owner.GotoAsync("/SelfAssessment/Items/Create/Strength");
            await owner.Page.GetByLabel("Text").FillAsync("Explaining complex ideas");
            await owner.Page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
            await owner.GotoAsync("/Feedback/Requests/Create");
            await owner.Page.GetByLabel("A short message to the people you ask").FillAsync("Honest views on my strengths, please.");
            await owner.Page.GetByLabel("Explaining complex ideas").SelectOptionAsync("3");
            await owner.Page.GetByLabel("Answers are anonymous").UncheckAsync();
            await owner.AssertAccessibleAsync();
            await owner.Page.GetByRole(AriaRole.Button, new() { Name = "Create the link" }).ClickAsync();
            link = await owner.Page.GetByTestId("feedback-link").InputValueAsync();
            await owner.AssertAccessibleAsync();
        });

        await respondent.RunAsync(async () =>
        {
            var response = await respondent.Page.GotoAsync(link);
            Assert.Equal(200, response!.Status);
            await Expect(respondent.Page.GetByTestId("intro")).ToHaveTextAsync("Honest views on my strengths, please.");
            await respondent.AssertAccessibleAsync();
            await respondent.Page.GetByLabel("Your name (optional)").FillAsync("Sam");
            await respondent.Page.GetByLabel("What do you see as my strongest skills?").FillAsync("Making hard things simple");
            await respondent.Page.GetByRole(AriaRole.Group, new() { Name = "Explaining complex ideas" }).GetByLabel("5").CheckAsync();
            await respondent.Page.GetByRole(AriaRole.Button, new() { Name = "Send my feedback" }).ClickAsync();
            await Expect(respondent.Page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
            await respondent.AssertAccessibleAsync();
        });

        await owner.RunAsync(async () =>
        {
            await owner.Page.ReloadAsync();
            await Expect(owner.Page.GetByTestId("answer")).ToContainTextAsync(["Making hard things simple"]);
            await Expect(owner.Page.GetByTestId("self-others")).ToContainTextAsync("Blind spot");
            await owner.AssertAccessibleAsync();
        });
    }
}
