using System.Runtime.CompilerServices;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// Two process-wide SQLite settings, which must be made before SQLite starts, hence when this assembly loads: before
/// anything of the app can open a database. If SQLite has already started in the process (a host that opened a
/// database first), sqlite3_config answers SQLITE_MISUSE and SQLite keeps its defaults, which changes nothing but speed.
/// <list type="bullet">
/// <item>No memory statistics. SQLite keeps them by default, counting every allocation behind one global lock, so
/// queries running on different threads wait on each other: measured on two cores, a dashboard query cost 2.5 times
/// the CPU with two threads than with one, and half the app's time under load went to SQLite. Nothing here reads
/// those statistics (they serve sqlite3_memory_used and a soft heap limit).</item>
/// <item>Multi-thread mode, not serialized: a connection takes no mutex of its own on every call (each column read
/// is a call, and locked and unlocked a mutex: 8 % of the CPU on the dashboard with 500 goals; 5–8 % more requests a
/// second on the pages that read hundreds of rows). Serialized mode only serves a connection used by two threads at
/// once, which neither ADO.NET nor EF Core allows (a DbContext refuses a second operation while one runs; a pooled
/// connection belongs to one context at a time).</item>
/// </list>
/// </summary>
internal static class SqliteProcessSettings
{
    private const int ConfigMultiThread = 2; // SQLITE_CONFIG_MULTITHREAD
    private const int ConfigMemStatus = 9; // SQLITE_CONFIG_MEMSTATUS

#pragma warning disable CA2255 // An application's own start-up setting, which must precede every use of SQLite in the process.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply()
    {
        SQLitePCL.Batteries_V2.Init();
        SQLitePCL.raw.sqlite3_config(ConfigMemStatus, 0);
        SQLitePCL.raw.sqlite3_config(ConfigMultiThread);
    }
}
