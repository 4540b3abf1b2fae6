using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPlanner.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CareerHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Skills_Rating",
                table: "Skills");

            migrationBuilder.AlterColumn<int>(
                name: "Rating",
                table: "Skills",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<bool>(
                name: "OnResume",
                table: "Skills",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OnResume",
                table: "LearningItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OnResume",
                table: "Achievements",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PositionId",
                table: "Achievements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Certifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CredentialUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CredentialId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OnResume = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Certifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Education",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Institution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Qualification = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FieldOfStudy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartedYearOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedYearOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OnResume = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Education", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Education_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Languages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Proficiency = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OnResume = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Languages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Languages_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Positions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedYearOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedYearOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Highlights = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OnResume = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Positions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Positions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResumeSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Headline = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SectionOrder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResumeSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResumeSettings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Skills_Rating",
                table: "Skills",
                sql: "Rating IS NULL OR Rating BETWEEN 1 AND 5");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_PositionId",
                table: "Achievements",
                column: "PositionId");

            migrationBuilder.CreateIndex(
                name: "IX_Certifications_UserId_ExpiresOn",
                table: "Certifications",
                columns: new[] { "UserId", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Education_UserId",
                table: "Education",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Languages_UserId",
                table: "Languages",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_UserId_StartedOn",
                table: "Positions",
                columns: new[] { "UserId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResumeSettings_UserId",
                table: "ResumeSettings",
                column: "UserId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Achievements_Positions_PositionId",
                table: "Achievements",
                column: "PositionId",
                principalTable: "Positions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Achievements_Positions_PositionId",
                table: "Achievements");

            migrationBuilder.DropTable(
                name: "Certifications");

            migrationBuilder.DropTable(
                name: "Education");

            migrationBuilder.DropTable(
                name: "Languages");

            migrationBuilder.DropTable(
                name: "Positions");

            migrationBuilder.DropTable(
                name: "ResumeSettings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Skills_Rating",
                table: "Skills");

            migrationBuilder.DropIndex(
                name: "IX_Achievements_PositionId",
                table: "Achievements");

            migrationBuilder.DropColumn(
                name: "OnResume",
                table: "Skills");

            migrationBuilder.DropColumn(
                name: "OnResume",
                table: "LearningItems");

            migrationBuilder.DropColumn(
                name: "OnResume",
                table: "Achievements");

            migrationBuilder.DropColumn(
                name: "PositionId",
                table: "Achievements");

            migrationBuilder.AlterColumn<int>(
                name: "Rating",
                table: "Skills",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_Skills_Rating",
                table: "Skills",
                sql: "Rating BETWEEN 1 AND 5");
        }
    }
}
