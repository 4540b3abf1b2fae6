using CareerPlanner.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerPlanner.IntegrationTests.Infrastructure;

/// <summary>
/// On PostgreSQL the queries a connection sends again and again (every page's) are prepared on the server once, then
/// only executed: Npgsql would otherwise have the server parse and plan each of them on every request, and PostgreSQL
/// would plan a prepared statement again for every execution's parameters.
/// </summary>
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public class AutoPrepareTests(AutoPrepareTests.AppDefaultsFactory factory) : IClassFixture<AutoPrepareTests.AppDefaultsFactory>
{
    [Fact]
    public async Task A_query_the_app_repeats_on_a_connection_is_prepared_on_the_server()
    {
        var prepared = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            for (var planId = 1; planId <= 6; planId++)
            {
                await db.Goals.Where(g => g.PlanId == planId).Select(g => g.Title).ToListAsync();
            }
            return await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%FROM \"Goals\"%'").SingleAsync();
        });

        Assert.Equal(1, prepared);
    }

    [Fact]
    public async Task A_prepared_query_is_planned_once_not_again_for_each_execution()
    {
        var plans = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            for (var planId = 1; planId <= 8; planId++)
            {
                await db.Goals.Where(g => g.PlanId == planId && g.Title != "x").Select(g => g.Id).ToListAsync();
            }
            return await db.Database.SqlQuery<PlanCounts>(
                $"SELECT generic_plans AS \"Generic\", custom_plans AS \"Custom\" FROM pg_prepared_statements WHERE statement LIKE '%FROM \"Goals\"%' AND statement LIKE '%<> ''x''%'").SingleAsync();
        });

        Assert.Equal(0, plans.Custom);
        Assert.True(plans.Generic >= 1, $"{plans.Generic} generic plans");
    }

    private sealed record PlanCounts(long Generic, long Custom);

    /// <summary>On PostgreSQL, with whatever the test server's connection string says of preparation taken out.</summary>
    public sealed class AppDefaultsFactory : PostgresCareerPlannerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var connectionString = new NpgsqlConnectionStringBuilder(builder.GetSetting("ConnectionStrings:CareerPlanner"));
            connectionString.Remove("Max Auto Prepare");
            connectionString.Remove("Options");
            builder.UseSetting("ConnectionStrings:CareerPlanner", connectionString.ToString());
        }
    }
}
