namespace CareerPlanner.TestSupport;

/// <summary>
/// The integration suite runs twice, on SQLite and on PostgreSQL (test.sh). A test that does the same in both runs —
/// it is about the SQLite file itself, the move from SQLite to PostgreSQL, or a command line on a SQLite file — carries
/// <c>[Trait(SuiteRuns.Trait, SuiteRuns.Once)]</c>, and the PostgreSQL run leaves it out (<c>--filter Runs!=Once</c>).
/// </summary>
public static class SuiteRuns
{
    public const string Trait = "Runs";
    public const string Once = "Once";
}
