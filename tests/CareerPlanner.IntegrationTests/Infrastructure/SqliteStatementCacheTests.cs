using CareerPlanner.TestSupport;
using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.IntegrationTests.Infrastructure;

/// <summary>
/// On SQLite a query the app runs again on the same connection is prepared (parsed and planned) once and then only
/// executed, and a signed-in page's connection stays open, with its prepared queries, for the next request.
/// </summary>
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public class SqliteStatementCacheTests(SqliteCareerPlannerFactory factory) : IClassFixture<SqliteCareerPlannerFactory>
{
    [Fact]
    public async Task A_query_run_again_on_a_connection_is_prepared_once_and_answers_for_its_new_parameters()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var first = await client.CreatePlanAsync("Move into product management");
        var second = await client.CreatePlanAsync("Lead a team");

        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            await services.GetRequiredService<KeptSqliteConnections>().OpenForRequestAsync(db, CancellationToken.None);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var statements = services.GetRequiredService<SqliteStatementCache>();
            var before = statements.Count(connection);

            var titles = new List<string>();
            foreach (var id in new[] { first, second, first })
            {
                titles.Add(await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => p.Title).SingleAsync());
            }

            Assert.Equal(["Move into product management", "Lead a team", "Move into product management"], titles);
            Assert.Equal(before + 1, statements.Count(connection));
        });
    }

    [Fact]
    public async Task A_kept_connection_that_is_closed_after_all_forgets_its_statements_and_prepares_them_again_once_reopened()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync("Become a data engineer");

        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var kept = services.GetRequiredService<KeptSqliteConnections>();
            var statements = services.GetRequiredService<SqliteStatementCache>();
            await kept.OpenForRequestAsync(db, CancellationToken.None);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            Task<string> Title() => db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.Title).SingleAsync();
            await Title();

            await db.Database.CloseConnectionAsync();
            var afterClosing = statements.Count(connection);
            await kept.OpenForRequestAsync(db, CancellationToken.None);

            Assert.Equal(0, afterClosing);
            Assert.Equal("Become a data engineer", await Title());
            Assert.Equal(1, statements.Count(connection));
        });
    }

    [Fact]
    public async Task A_signed_in_page_leaves_its_connection_open_with_the_queries_it_prepared()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        await client.CreatePlanAsync("A plan");

        using (await client.GetAsync("/Dashboard")) { }
        using (await client.GetAsync("/Dashboard")) { }

        await factory.WithServicesAsync(services =>
        {
            // One request at a time: the context the pages used is the one the pool hands out next.
            var connection = (SqliteConnection)services.GetRequiredService<AppDbContext>().Database.GetDbConnection();
            Assert.Equal(System.Data.ConnectionState.Open, connection.State);
            Assert.True(services.GetRequiredService<SqliteStatementCache>().Count(connection) >= 4);
            Assert.True(services.GetRequiredService<KeptSqliteConnections>().Count >= 1);
            return Task.CompletedTask;
        });
    }
}
