using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.IntegrationTests.Pages.Occupations;

/// <summary>A server without the occupation catalogue says, where it would be used, how to add it; nothing else changes.</summary>
public class NoCatalogueTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Without_a_catalogue_the_search_the_interest_result_and_research_say_how_to_add_one_and_nothing_fails()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        using (await client.SubmitAsync("/Profile/InterestTest", InterestTest.Questions.ToDictionary(q => $"Input.Answers[{q.Number}]", _ => "3"), "#interest-test")) { }

        foreach (var url in new[] { "/Occupations", "/Occupations?q=nurse", "/Profile/InterestTest", $"/Plans/{planId}/Wizard/research" })
        {
            var page = await client.GetPageAsync(url);
            Assert.Contains("import-occupations", page.Text("[data-testid=no-catalogue]"), StringComparison.Ordinal);
        }
        Assert.NotNull((await client.GetPageAsync("/Profile/InterestTest")).Document.QuerySelector("[data-testid=interest-ranking]"));
        using var occupation = await client.GetAsync("/Occupations/15-1252.00");
        Assert.Equal(HttpStatusCode.NotFound, occupation.StatusCode);
    }
}
