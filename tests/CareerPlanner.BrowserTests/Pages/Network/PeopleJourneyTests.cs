using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Network;

public class PeopleJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task A_contact_an_interaction_a_1_1_and_a_pitch_with_the_keyboard_only()
    {
        await using var session = await server.OpenAsync(1280);
        var page = session.Page;
        async Task Type(ILocator field, string text)
        {
            await page.TabToAsync(field);
            await page.Keyboard.TypeAsync(text);
        }
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();

            // From here on, the keyboard only.
            await session.GotoAsync("/Network");
            await Expect(page.GetByTestId("network-empty")).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add a contact" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add a contact", Level = 1 })).ToBeVisibleAsync();
            await session.AssertAccessibleAsync();
            await Type(page.GetByLabel("Name", new() { Exact = true }), "Priya Shah");
            await Type(page.GetByLabel("How we know each other"), "Data meetup");
            await Type(page.GetByLabel("Stay in touch every … days (optional)"), "30");
            await Type(page.GetByLabel("Tags (optional, separated by commas)"), "data, mentor");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the contact" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Priya Shah", Level = 1 })).ToBeVisibleAsync();
            await page.TabToAsync(page.GetByLabel("Meeting", new() { Exact = true })); // a radio group is one tab stop…
            await page.Keyboard.PressAsync("ArrowRight"); // …and the arrow keys choose within it
            await Expect(page.GetByLabel("Call", new() { Exact = true })).ToBeCheckedAsync();
            await Type(page.GetByLabel("Note (optional)"), "Talked about her team");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Log it" }));
            await Expect(page.GetByTestId("interactions")).ToContainTextAsync("Call — Talked about her team");
            await session.AssertAccessibleAsync();

            await session.GotoAsync("/OneOnOnes");
            await session.AssertAccessibleAsync();
            await Type(page.GetByLabel("With whom"), "Sam (manager)");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Prepare it" }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1:1 with Sam (manager)", Level = 1 })).ToBeVisibleAsync();
            await Type(page.GetByRole(AriaRole.Textbox, new() { Name = "Talking point" }), "Ask to lead the migration");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the point" }));
            await Expect(page.GetByTestId("point-text")).ToHaveTextAsync("Ask to lead the migration");
            await session.AssertAccessibleAsync();

            await session.GotoAsync("/Brand");
            await Type(page.GetByLabel("Elevator pitch"), "I am a backend engineer who builds data pipelines people trust.");
            // The estimate follows the typing, before anything is saved.
            await Expect(page.GetByTestId("pitch-length")).ToHaveTextAsync("63 characters, 11 words: about 4 seconds to say at 150 words a minute. Aim for 30 to 60 seconds.");
            await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the brand" }));
            await Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Personal brand saved.");
            await Expect(page.GetByTestId("pitch-length")).ToContainTextAsync("11 words: about 4 seconds");
            await session.AssertAccessibleAsync();
        });
    }
}
