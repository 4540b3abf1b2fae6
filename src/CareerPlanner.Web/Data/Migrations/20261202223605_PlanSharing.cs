using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPlanner.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanSharing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    GoalId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: true),
                    ByOwner = table.Column<bool>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MailedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanComments_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlanComments_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanComments_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanComments_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    InviteeEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedInviteeEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Parts = table.Column<int>(type: "INTEGER", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvitedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MentorId = table.Column<string>(type: "TEXT", nullable: true),
                    AcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastViewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanShares_AspNetUsers_MentorId",
                        column: x => x.MentorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanShares_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanSuggestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeclineNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MailedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanSuggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanSuggestions_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlanSuggestions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanComments_AuthorId",
                table: "PlanComments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanComments_GoalId",
                table: "PlanComments",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanComments_PlanId_CreatedAtUtc",
                table: "PlanComments",
                columns: new[] { "PlanId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanComments_ReviewId",
                table: "PlanComments",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanShares_MentorId",
                table: "PlanShares",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanShares_PlanId_NormalizedInviteeEmail",
                table: "PlanShares",
                columns: new[] { "PlanId", "NormalizedInviteeEmail" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanShares_TokenHash",
                table: "PlanShares",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanSuggestions_AuthorId",
                table: "PlanSuggestions",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanSuggestions_PlanId_State",
                table: "PlanSuggestions",
                columns: new[] { "PlanId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanComments");

            migrationBuilder.DropTable(
                name: "PlanShares");

            migrationBuilder.DropTable(
                name: "PlanSuggestions");
        }
    }
}
