using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// Keeps the queries a SQLite connection has run prepared, so that the next request's same query is only executed.
/// Microsoft.Data.Sqlite prepares a command's SQL (parses and plans it) every time a new command runs it, and EF Core
/// makes a new command for every query: measured under load, preparing was about a sixth of a signed-in page's CPU, more
/// than running the queries. Here, when EF Core is about to run a query, the command this connection ran the same SQL
/// with before runs it instead, with EF Core's parameters and transaction, and its reader goes back to EF Core.
/// Statements belong to an open connection, and a closed connection may come back on another of SQLite's: only the
/// connections the app keeps open (<see cref="KeptSqliteConnections"/>) keep statements, and they forget them if they are
/// closed after all. Each keeps its <see cref="PerConnection"/> most recently used queries; a schema change makes SQLite
/// prepare a statement again by itself.
/// </summary>
public sealed class SqliteStatementCache : DbCommandInterceptor
{
    public const int PerConnection = 100;

    private readonly ConditionalWeakTable<SqliteConnection, Statements> connections = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        result.HasResult ? result : Run(command) is { } reader ? InterceptionResult<DbDataReader>.SuppressWithResult(reader) : result;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }

    /// <summary>How many prepared queries a connection keeps now (for tests and diagnostics).</summary>
    public int Count(SqliteConnection connection) => connections.TryGetValue(connection, out var statements) ? statements.Count : 0;

    /// <summary>From now on the connection keeps the queries it runs prepared, for as long as it stays open.</summary>
    public void Keep(SqliteConnection connection)
    {
        var statements = new Statements();
        if (connections.TryAdd(connection, statements))
        {
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState != ConnectionState.Open)
                {
                    statements.Clear();
                }
            };
        }
    }

    private SqliteDataReader? Run(DbCommand command)
    {
        if (command is not SqliteCommand { Connection: { State: ConnectionState.Open } connection } given)
        {
            return null;
        }
        var prepared = connections.TryGetValue(connection, out var statements) ? statements.Take(connection, given.CommandText) : null;
        if (prepared is null)
        {
            return null;
        }
        prepared.Command.Transaction = given.Transaction;
        prepared.Command.CommandTimeout = given.CommandTimeout;
        prepared.Command.Parameters.Clear();
        foreach (SqliteParameter parameter in given.Parameters)
        {
            // The very parameters EF Core made, bound as EF Core meant them (a SqliteParameter is not tied to one command).
            prepared.Command.Parameters.Add(parameter);
        }
        return prepared.Reader = prepared.Command.ExecuteReader();
    }

    private sealed class Prepared(SqliteCommand command, LinkedListNode<string> use)
    {
        public SqliteCommand Command { get; } = command;

        /// <summary>The reader last given out: the command runs again only once EF Core has closed it.</summary>
        public SqliteDataReader? Reader { get; set; }

        /// <summary>Its place in the connection's order of use.</summary>
        public LinkedListNode<string> Use { get; } = use;

        public bool InUse => Reader is { IsClosed: false };
    }

    /// <summary>One connection's prepared queries by their SQL, the least recently used first. A connection serves one request at a time.</summary>
    private sealed class Statements
    {
        private readonly Dictionary<string, Prepared> bySql = new(StringComparer.Ordinal);
        private readonly LinkedList<string> recency = new();

        public int Count => bySql.Count;

        public void Clear()
        {
            foreach (var prepared in bySql.Values)
            {
                prepared.Command.Dispose();
            }
            bySql.Clear();
            recency.Clear();
        }

        /// <summary>This connection's command for the SQL, or null when that command's reader is still open (a query within a query).</summary>
        public Prepared? Take(SqliteConnection connection, string sql)
        {
            if (bySql.TryGetValue(sql, out var known))
            {
                if (known.InUse)
                {
                    return null;
                }
                recency.Remove(known.Use);
                recency.AddLast(known.Use);
                return known;
            }
            if (bySql.Count >= PerConnection)
            {
                // The least recently used that no open reader reads from.
                for (var node = recency.First; node is not null; node = node.Next)
                {
                    if (!bySql[node.Value].InUse)
                    {
                        bySql.Remove(node.Value, out var evicted);
                        recency.Remove(node);
                        evicted!.Command.Dispose();
                        break;
                    }
                }
            }
            var command = connection.CreateCommand();
            command.CommandText = sql;
            // Prepared here, all statements at once: a command prepared only by running it counts as prepared once its reader
            // has gone through every statement, which EF Core's readers do not do, and would prepare again the next time.
            try
            {
                command.Prepare();
            }
            catch (SqliteException)
            {
                // SQL that SQLite cannot prepare ahead (a batch whose later statement needs what an earlier one creates):
                // EF Core runs it as ever, and reports any error in it.
                command.Dispose();
                return null;
            }
            var prepared = new Prepared(command, recency.AddLast(sql));
            bySql[sql] = prepared;
            return prepared;
        }
    }
}
