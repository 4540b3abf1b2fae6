using CareerPlanner.BrowserTests.Support;
using CareerPlanner.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests.Pages.Resume;

public class ResumeJourneyTests(DevelopmentServer server) : IClassFixture<DevelopmentServer>
{
    [Fact]
    public async Task A_linkedin_export_is_imported_with_the_keyboard_only_and_the_resume_prints_on_two_pages_at_most_of_letter_or_a4_without_the_position_left_out()
    {
        await using var session = await server.OpenAsync(1280);
        var page = session.Page;
        var zip = Path.Combine(Path.GetTempPath(), $"linkedin-{Guid.NewGuid():N}.zip");
        var pdf = Path.ChangeExtension(zip, ".pdf");
        await File.WriteAllBytesAsync(zip, LinkedInFixture.Zip());
        try
        {
            await session.RunAsync(async () =>
            {
                await session.RegisterAsync();

                // From here on, the keyboard only.
                await session.GotoAsync("/History");
                await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Import from LinkedIn" }));
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import from LinkedIn", Level = 1 })).ToBeVisibleAsync();
                // The file field is reached with Tab; the operating system's file dialog is not the app's,
                // so the file is handed to the focused field directly (opening the dialog with Space was flaky
                // under load: Chromium sometimes did not raise the chooser within 30 s).
                var fileField = page.GetByLabel("LinkedIn data export (.zip)");
                await page.TabToAsync(fileField);
                await fileField.SetInputFilesAsync(zip);
                await Expect(fileField).ToBeFocusedAsync();
                await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Show what would be added" }));
                await Expect(page.GetByTestId("import-preview")).ToContainTextAsync("Positions");
                await session.AssertAccessibleAsync();
                await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { Name = "Import what is ticked" }));
                await Expect(page.GetByTestId("status-message")).ToHaveTextAsync("15 items imported.");
                await Expect(page.GetByTestId("position-title")).ToHaveTextAsync(["Senior data engineer", "Data analyst", "Intern"]);
                await session.AssertAccessibleAsync();

                await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Link, new() { Name = "Your résumé" }));
                await Expect(page.GetByTestId("resume-position-title")).ToHaveCountAsync(3);
                await page.TabToAndPressEnterAsync(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Leave out\W+Intern, Northwind$") }));
                await Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Left out of your résumé.");
                await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Include\W+Intern, Northwind$") })).ToBeVisibleAsync();
                await session.AssertAccessibleAsync();

                await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
                foreach (var format in new[] { "Letter", "A4" })
                {
                    await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = format });
                    Assert.InRange(Pdf.Pages(pdf), 1, 2);
                    var text = Pdf.Text(pdf);
                    foreach (var expected in new[] { "Data engineer who ships", "Senior data engineer", "Contoso", "Data analyst", "University of Leeds", "English" })
                    {
                        Assert.Contains(expected, text, StringComparison.Ordinal);
                    }
                    foreach (var unexpected in new[] { "Northwind", "Leave out", "Print or save as PDF", "Left out of", "Skills" }) // every skill is unrated, so left out
                    {
                        Assert.DoesNotContain(unexpected, text, StringComparison.Ordinal);
                    }
                }
            });
        }
        finally
        {
            File.Delete(zip);
            File.Delete(pdf);
        }
    }
}
