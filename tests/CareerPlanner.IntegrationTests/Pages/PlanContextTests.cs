using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>A shared page opened from a plan's hub keeps the way back to it, through saving; nothing else is ever offered as the way back.</summary>
public class PlanContextTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Theory]
    [InlineData("/Learning/Create", "Input.Title", "Designing data-intensive applications")]
    [InlineData("/Achievements/Create", "Input.What", "Shipped the reporting pipeline")]
    [InlineData("/Network/Create", "Input.Name", "Ada Lovelace")]
    public async Task A_shared_page_opened_from_a_hub_offers_the_way_back_before_and_after_saving(string page, string field, string value)
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Into data engineering");
        var hub = $"/Plans/{planId}/Wizard/action";
        var opened = $"{page}?returnUrl={Uri.EscapeDataString(hub)}";

        var form = await client.GetPageAsync(opened);
        Assert.Equal("← Back to Into data engineering — Action", form.Text("[data-testid=back-to-plan]"));
        var values = new Dictionary<string, string> { [field] = value };
        if (page == "/Network/Create")
        {
            values["Input.HowWeKnow"] = "We worked together";
        }
        using var saved = await client.SubmitAsync(form, form.Form("main form[method=post]"), values);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"Saving {page} answered {(int)saved.StatusCode}");

        var after = await client.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal(hub, after.Document.QuerySelector("[data-testid=back-to-plan]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("https://evil.example/Plans/1/Wizard/action")]
    [InlineData("//evil.example/Plans/1/Wizard/action")]
    [InlineData("/Plans/999999/Wizard/action")]
    [InlineData("/Dashboard")]
    public async Task Another_address_or_someone_elses_plan_is_never_offered_as_the_way_back(string returnUrl)
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        await client.CreatePlanAsync();
        var page = await client.GetPageAsync($"/Learning/Create?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Null(page.Document.QuerySelector("[data-testid=back-to-plan]"));
    }
}
