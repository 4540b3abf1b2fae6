using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPlanner.Web.Data.Migrations
{
    /// <summary>
    /// Before every measure was checked, "1e999" or "Infinity" could be stored as infinity (which the personal-data
    /// download cannot write) and numbers beyond the range now allowed. Each such value is brought to the nearest end of
    /// the range, ±1,000,000,000,000 (Goal.MeasureLimit), so nothing is lost and everything can be read and taken out.
    /// </summary>
    public partial class FiniteMeasures : Migration
    {
        private const string Limit = "1000000000000.0";

        private static readonly (string Table, string Column)[] Measures =
        [
            ("Goals", "Baseline"),
            ("Goals", "Target"),
            ("ProgressReadings", "Value"),
            ("ReviewGoalNote", "Value"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in Measures)
            {
                migrationBuilder.Sql($"""
                    UPDATE "{table}" SET "{column}" = CASE WHEN "{column}" > 0 THEN {Limit} ELSE -{Limit} END
                    WHERE "{column}" > {Limit} OR "{column}" < -{Limit};
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the values brought into range were never meaningful.
        }
    }
}
