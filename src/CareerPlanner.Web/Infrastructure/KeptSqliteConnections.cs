using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// On SQLite, each pooled context's connection, kept open from one request to the next with the statements it has
/// prepared (<see cref="SqliteStatementCache"/>): EF Core would close it when the context goes back to the pool, and
/// closing a connection finalizes its statements. The connection is the context's own, opened through EF Core (so that
/// EF registers its SQL functions and the interceptors set the connection up); it is closed when the app stops, or
/// after its context is dropped from the pool and collected. On PostgreSQL a request's connection goes back to Npgsql's
/// pool as usual: a server allows only so many connections, and Npgsql keeps prepared statements itself.
/// </summary>
public sealed class KeptSqliteConnections(SqliteStatementCache statements) : IDisposable
{
    private readonly ConditionalWeakTable<AppDbContext, SqliteConnection> kept = [];

    /// <summary>Opens the context's connection for the rest of the request (on SQLite, for as long as the context lives).</summary>
    public async Task OpenForRequestAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var connection = kept.GetValue(db, context =>
            {
                var own = new SqliteConnection(context.Database.GetConnectionString());
                context.Database.SetDbConnection(own, contextOwnsConnection: false);
                statements.Keep(own);
                return own;
            });
            if (connection.State == ConnectionState.Open)
            {
                return;
            }
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>How many contexts keep a connection open now (for tests).</summary>
    public int Count => kept.Count();

    public void Dispose()
    {
        foreach (var (_, connection) in kept)
        {
            connection.Dispose();
        }
        kept.Clear();
    }
}
