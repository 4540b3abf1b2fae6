using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPlanner.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EditableNotesSkillsAchievements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "ResearchNotes",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "DemandedSkills",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Achievements",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "ResearchNotes");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "DemandedSkills");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Achievements");
        }
    }
}
