using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPlanner.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Research : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareerOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    WhyItFits = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Pros = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Cons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FitRating = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerOptions", x => x.Id);
                    table.CheckConstraint("CK_CareerOptions_FitRating", "FitRating BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_CareerOptions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchNotes_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareerOptionFit",
                columns: table => new
                {
                    CareerOptionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SelfAssessmentItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerOptionFit", x => new { x.CareerOptionId, x.SelfAssessmentItemId });
                    table.ForeignKey(
                        name: "FK_CareerOptionFit_CareerOptions_CareerOptionId",
                        column: x => x.CareerOptionId,
                        principalTable: "CareerOptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CareerOptionFit_SelfAssessmentItems_SelfAssessmentItemId",
                        column: x => x.SelfAssessmentItemId,
                        principalTable: "SelfAssessmentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DemandedSkills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CareerOptionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequiredLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandedSkills", x => x.Id);
                    table.CheckConstraint("CK_DemandedSkills_RequiredLevel", "RequiredLevel BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_DemandedSkills_CareerOptions_CareerOptionId",
                        column: x => x.CareerOptionId,
                        principalTable: "CareerOptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExplorationActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Learned = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FollowUpNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CareerOptionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExplorationActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExplorationActivities_CareerOptions_CareerOptionId",
                        column: x => x.CareerOptionId,
                        principalTable: "CareerOptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ExplorationActivities_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareerOptionFit_SelfAssessmentItemId",
                table: "CareerOptionFit",
                column: "SelfAssessmentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerOptions_PlanId_Status",
                table: "CareerOptions",
                columns: new[] { "PlanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DemandedSkills_CareerOptionId",
                table: "DemandedSkills",
                column: "CareerOptionId");

            migrationBuilder.CreateIndex(
                name: "IX_ExplorationActivities_CareerOptionId",
                table: "ExplorationActivities",
                column: "CareerOptionId");

            migrationBuilder.CreateIndex(
                name: "IX_ExplorationActivities_PlanId_Date",
                table: "ExplorationActivities",
                columns: new[] { "PlanId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchNotes_PlanId_CreatedAtUtc",
                table: "ResearchNotes",
                columns: new[] { "PlanId", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CareerOptionFit");

            migrationBuilder.DropTable(
                name: "DemandedSkills");

            migrationBuilder.DropTable(
                name: "ExplorationActivities");

            migrationBuilder.DropTable(
                name: "ResearchNotes");

            migrationBuilder.DropTable(
                name: "CareerOptions");
        }
    }
}
