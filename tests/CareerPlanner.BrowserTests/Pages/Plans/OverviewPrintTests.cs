using CareerPlanner.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Plans;

/// <summary>The plan overview as the document it is meant to be: on screen at desktop and phone widths, and printed to PDF.</summary>
public class OverviewPrintTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task A_full_plan_prints_to_a_pdf_holding_its_goals_milestones_and_actions_and_reads_well_at_both_widths()
    {
        await using var session = await server.OpenAsync(1280);
        var page = session.Page;
        await session.RunAsync(async () =>
        {
            await session.RegisterAsync();
            var planId = await session.CreatePlanAsync("Printable plan");
            await session.CreateGoalAsync(planId, "Pass the AWS data exam");
            await page.GetByRole(AriaRole.Link, new() { Name = "Plan backwards" }).ClickAsync();
            await page.GetByRole(AriaRole.Textbox).FillAsync("Finished the video course");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add, then go one step further back" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "I have reached today" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Add an action for Finished the video course" }).ClickAsync();
            await page.GetByLabel("Action", new() { Exact = true }).FillAsync("Watch module 1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
            await Expect(page.GetByTestId("action-title")).ToHaveTextAsync("Watch module 1");

            await session.GotoAsync($"/Plans/{planId}");
            var print = page.GetByRole(AriaRole.Button, new() { Name = "Print" });
            await Expect(print).ToBeVisibleAsync();
            foreach (var width in new[] { 1280, 375 })
            {
                await page.SetViewportSizeAsync(width, 900);
                Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The overview scrolls sideways at {width} px");
                await session.AssertAccessibleAsync();
            }

            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await Expect(print).ToBeHiddenAsync();
            await Expect(page.GetByTestId("print-heading")).ToBeVisibleAsync();
            var pdf = Path.Combine(Path.GetTempPath(), $"careerplanner-overview-{Guid.NewGuid():N}.pdf");
            try
            {
                await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
                var text = Pdf.Text(pdf);
                foreach (var expected in new[] { "Printable plan", "Pass the AWS data exam", "Finished the video course", "Watch module 1", "Career goals", "Evaluation" })
                {
                    Assert.Contains(expected, text, StringComparison.Ordinal);
                }
                Assert.DoesNotContain("Continue the wizard", text, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(pdf);
            }
        });
    }
}
