using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPlanner.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReviewId",
                table: "GoalChanges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: false),
                    WentWell = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DoDifferently = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CareerFit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CareerFitWhy = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NewInformation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewChange",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewChange_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewGoalNote",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    GoalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Judgement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewGoalNote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewGoalNote_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewGoalNote_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoalChanges_ReviewId",
                table: "GoalChanges",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewChange_ReviewId_ChangedAtUtc",
                table: "ReviewChange",
                columns: new[] { "ReviewId", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewGoalNote_GoalId",
                table: "ReviewGoalNote",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewGoalNote_ReviewId_GoalId",
                table: "ReviewGoalNote",
                columns: new[] { "ReviewId", "GoalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_PlanId_HeldOn",
                table: "Reviews",
                columns: new[] { "PlanId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_PlanId_Kind_PeriodStart",
                table: "Reviews",
                columns: new[] { "PlanId", "Kind", "PeriodStart" },
                unique: true,
                filter: "\"Kind\" IN ('Quarterly', 'Annual')");

            migrationBuilder.AddForeignKey(
                name: "FK_GoalChanges_Reviews_ReviewId",
                table: "GoalChanges",
                column: "ReviewId",
                principalTable: "Reviews",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_GoalChanges_Reviews_ReviewId",
                table: "GoalChanges");

            migrationBuilder.DropTable(
                name: "ReviewChange");

            migrationBuilder.DropTable(
                name: "ReviewGoalNote");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_GoalChanges_ReviewId",
                table: "GoalChanges");

            migrationBuilder.DropColumn(
                name: "ReviewId",
                table: "GoalChanges");
        }
    }
}
