using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPlanner.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OccupationCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OccupationCode",
                table: "CareerOptions",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JobZones",
                columns: table => new
                {
                    Zone = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Experience = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Education = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobZones", x => x.Zone);
                });

            migrationBuilder.CreateTable(
                name: "OccupationReleases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupationReleases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Occupations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    JobZone = table.Column<int>(type: "INTEGER", nullable: true),
                    HandsOn = table.Column<double>(type: "REAL", nullable: true),
                    Investigative = table.Column<double>(type: "REAL", nullable: true),
                    Creative = table.Column<double>(type: "REAL", nullable: true),
                    Helping = table.Column<double>(type: "REAL", nullable: true),
                    Leading = table.Column<double>(type: "REAL", nullable: true),
                    Organising = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Occupations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "SkillCoverages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkillId = table.Column<int>(type: "INTEGER", nullable: false),
                    DemandedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NormalizedDemandedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillCoverages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkillCoverages_Skills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "Skills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OccupationElements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Importance = table.Column<double>(type: "REAL", nullable: false),
                    Level = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupationElements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccupationElements_Occupations_OccupationCode",
                        column: x => x.OccupationCode,
                        principalTable: "Occupations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OccupationTechnologies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Hot = table.Column<bool>(type: "INTEGER", nullable: false),
                    InDemand = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupationTechnologies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccupationTechnologies_Occupations_OccupationCode",
                        column: x => x.OccupationCode,
                        principalTable: "Occupations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OccupationTitles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupationTitles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccupationTitles_Occupations_OccupationCode",
                        column: x => x.OccupationCode,
                        principalTable: "Occupations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RelatedOccupations",
                columns: table => new
                {
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RelatedCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedOccupations", x => new { x.OccupationCode, x.RelatedCode });
                    table.ForeignKey(
                        name: "FK_RelatedOccupations_Occupations_OccupationCode",
                        column: x => x.OccupationCode,
                        principalTable: "Occupations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OccupationElements_OccupationCode_Kind",
                table: "OccupationElements",
                columns: new[] { "OccupationCode", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_OccupationTechnologies_OccupationCode",
                table: "OccupationTechnologies",
                column: "OccupationCode");

            migrationBuilder.CreateIndex(
                name: "IX_OccupationTitles_OccupationCode",
                table: "OccupationTitles",
                column: "OccupationCode");

            migrationBuilder.CreateIndex(
                name: "IX_SkillCoverages_SkillId_NormalizedDemandedName",
                table: "SkillCoverages",
                columns: new[] { "SkillId", "NormalizedDemandedName" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobZones");

            migrationBuilder.DropTable(
                name: "OccupationElements");

            migrationBuilder.DropTable(
                name: "OccupationReleases");

            migrationBuilder.DropTable(
                name: "OccupationTechnologies");

            migrationBuilder.DropTable(
                name: "OccupationTitles");

            migrationBuilder.DropTable(
                name: "RelatedOccupations");

            migrationBuilder.DropTable(
                name: "SkillCoverages");

            migrationBuilder.DropTable(
                name: "Occupations");

            migrationBuilder.DropColumn(
                name: "OccupationCode",
                table: "CareerOptions");
        }
    }
}
