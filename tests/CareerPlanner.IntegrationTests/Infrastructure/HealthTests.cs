using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Infrastructure;

public class HealthTests
{
    [Fact]
    public async Task Health_is_200_when_the_database_answers()
    {
        using var factory = new CareerPlannerFactory();
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_503_when_the_database_is_gone()
    {
        using var factory = new CareerPlannerFactory();
        var client = factory.CreateBrowserLikeClient();
        using (await client.GetAsync("/health")) { }

        factory.LoseDatabase();
        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
