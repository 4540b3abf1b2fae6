using CareerPlanner.TestSupport;
using CareerPlanner.Web.Infrastructure;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CareerPlanner.IntegrationTests.Infrastructure;

/// <summary>
/// EF Core's check that a context is not used by two threads at once costs an AsyncLocal map on every row read: the app
/// runs it in Development and, unless told otherwise, not in Production; the test hosts run it whatever their environment.
/// </summary>
public class ThreadSafetyChecksTests(ProductionCareerPlannerFactory factory) : IClassFixture<ProductionCareerPlannerFactory>
{
    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Development", "false", false)]
    public void The_check_runs_in_development_and_where_the_setting_asks_for_it(string environment, string? setting, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(setting is null ? [] : [new("Database:ThreadSafetyChecks", setting)])
            .Build();

        Assert.Equal(expected, DatabaseSetup.ThreadSafetyChecks(configuration, new HostingEnvironment { EnvironmentName = environment }));
    }

    [Fact]
    public void A_production_test_host_runs_the_check_on_its_contexts()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerPlanner.Web.Data.AppDbContext>();

        Assert.Equal(Environments.Production, factory.Services.GetRequiredService<IHostEnvironment>().EnvironmentName);
        Assert.True(db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled);
    }
}
