using System.Runtime.CompilerServices;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// SQLite keeps process-wide memory statistics by default, counting every allocation behind one global lock, so
/// queries running on different threads wait on each other: measured on two cores, a dashboard query cost 2.5 times
/// the CPU with two threads than with one, and half the app's time under load went to SQLite. Nothing here reads those
/// statistics (they serve sqlite3_memory_used and a soft heap limit), so they are off. The setting must be made before
/// SQLite starts, hence when this assembly loads: before anything of the app can open a database.
/// </summary>
internal static class SqliteMemoryStatistics
{
    private const int ConfigMemStatus = 9; // SQLITE_CONFIG_MEMSTATUS

#pragma warning disable CA2255 // An application's own start-up setting, which must precede every use of SQLite in the process.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void TurnOff()
    {
        SQLitePCL.Batteries_V2.Init();
        // SQLITE_MISUSE if SQLite has already started in this process (a host that opened a database first): it then
        // keeps its statistics, which changes nothing but speed.
        SQLitePCL.raw.sqlite3_config(ConfigMemStatus, 0);
    }
}
